/**
 * The audit log: who did what to which record, when, in whose name — kept per tenant as a ledger whose
 * entries are chained by SHA-256, so that an entry changed, removed or slipped in afterwards shows up when
 * the ledger is checked.
 */
package com.greencert.audit.domain;
