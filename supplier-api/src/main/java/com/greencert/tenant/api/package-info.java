/** REST endpoints about the caller's own tenant and, for the platform operator, all tenants. */
package com.greencert.tenant.api;
