/**
 * The audit log screen: a tenant administrator (or the platform operator, for any tenant) checks that the
 * tenant's log has not been tampered with and reads its newest entries.
 */
package com.greencert.audit.ui;
