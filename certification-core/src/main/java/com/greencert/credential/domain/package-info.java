/**
 * Eco-brand credentials: what a certification body issues when it grants a certification — a W3C Verifiable
 * Credential 2.0 in the shape of a UNTP Digital Conformity Credential, signed with the body's key, with its
 * place in the body's revocation and suspension lists — and the keys and lists themselves.
 */
package com.greencert.credential.domain;
