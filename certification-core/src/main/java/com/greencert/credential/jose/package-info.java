/**
 * The JOSE envelope of credentials (VC-JOSE-COSE: compact JWS, {@code typ vc+jwt}, {@code cty vc}) through
 * nimbus-jose-jwt, with Ed25519 signatures made and checked by BouncyCastle (the JDK's EdDSA is about ten times
 * slower; nimbus' own Ed25519 needs Tink) and ES256 through the JDK (docs/adr/0016-eco-credentials.md).
 */
package com.greencert.credential.jose;
