/**
 * A supplier's evidence vault: documents that back up its claims (safety data sheets, test reports,
 * declarations, certificates), immutable and versioned, with an expiry derived from the clock, shared
 * with a buyer or a certification body only by the supplier's consent.
 */
package com.greencert.evidence.domain;
