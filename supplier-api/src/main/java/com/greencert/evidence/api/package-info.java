/**
 * REST endpoints of the evidence vault: multipart upload (read as it arrives, streamed to the store),
 * versions, listing, verified download under the original file name, the expiry overview and
 * consent-based sharing with buyers and certification bodies; refused files answer 413, 415 or 422.
 */
package com.greencert.evidence.api;
