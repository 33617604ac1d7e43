/** JPA adapters of the registry: the change feed and the cross-tenant read of what suppliers published. */
package com.greencert.registry.persistence;
