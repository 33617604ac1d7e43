/** Where the tenant registry is stored. */
package com.greencert.tenant.persistence;
