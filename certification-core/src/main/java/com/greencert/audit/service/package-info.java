/**
 * Writing an entry to a tenant's audit log as part of the business change it records, and checking and
 * reading the log for the tenant's administrators and the platform operator.
 */
package com.greencert.audit.service;
