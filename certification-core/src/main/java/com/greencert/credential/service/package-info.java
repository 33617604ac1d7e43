/**
 * Issuing, publishing and verifying eco-brand credentials: a decision that grants (or restores, reduces,
 * renews, suspends, withdraws) a certification issues a credential or flips its status bits in the same
 * transaction; anyone verifies a credential without login; a body's administrator manages its signing keys.
 */
package com.greencert.credential.service;
