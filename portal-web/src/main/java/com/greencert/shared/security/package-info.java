/**
 * Signing in and knowing who asks: OpenID Connect for the portal, bearer tokens for the API, both turned
 * into the same request-scoped caller (tenant, user, roles).
 */
package com.greencert.shared.security;
