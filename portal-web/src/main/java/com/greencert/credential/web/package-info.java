/**
 * The documents a certification body publishes outside the REST API, at the paths their identifiers give:
 * its did:web DID document ({@code /bodies/<alias>/did.json}) and its Bitstring Status List credentials
 * ({@code /bodies/<alias>/status/revocation}, {@code …/suspension}), public and cacheable for a short time.
 */
package com.greencert.credential.web;
