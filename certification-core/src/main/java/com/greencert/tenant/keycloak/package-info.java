/** Tenants and their members as Keycloak organizations and users, through Keycloak's admin API. */
package com.greencert.tenant.keycloak;
