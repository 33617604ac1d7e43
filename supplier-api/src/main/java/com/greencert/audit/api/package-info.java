/**
 * REST endpoints of the audit log: checking a tenant's ledger for tampering and reading its newest
 * entries, for the tenant's administrators and the platform operator.
 */
package com.greencert.audit.api;
