/**
 * Where the audit log is stored: the entries and one head row per ledger, which every append locks so
 * that nodes sharing the database add entries one after the other. Not tenant-filtered: every query names
 * its ledger.
 */
package com.greencert.audit.persistence;
