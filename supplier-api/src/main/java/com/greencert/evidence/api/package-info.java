/**
 * REST endpoints of the evidence vault: multipart upload (streamed), versions, listing, verified
 * download, the expiry overview and consent-based sharing with buyers and certification bodies.
 */
package com.greencert.evidence.api;
