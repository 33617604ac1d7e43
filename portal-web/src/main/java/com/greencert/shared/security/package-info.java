/**
 * Signing in and knowing who asks: OpenID Connect for the portal, bearer tokens for the API, both turned
 * into the same request-scoped caller (tenant, user, roles); and what every answer carries whoever asks:
 * the security headers, the session cookie's attributes and the product's own error pages.
 */
package com.greencert.shared.security;
