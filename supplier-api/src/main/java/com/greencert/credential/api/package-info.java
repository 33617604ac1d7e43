/**
 * REST endpoints of the eco-brand credentials: public verification, credentials and supplier pages without
 * login ({@code /api/public/…}, size-bounded and rate-limited per client address), the credentials of an
 * application and their downloads for its parties, and a body administrator's signing keys.
 */
package com.greencert.credential.api;
