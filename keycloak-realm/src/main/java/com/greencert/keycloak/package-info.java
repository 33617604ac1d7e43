/**
 * GreenCert's identity provider for local runs and tests: a real Keycloak server, fetched from Maven
 * Central, started with the {@code greencert} realm (tenants as organizations, demo users, fixed dev key).
 */
package com.greencert.keycloak;
