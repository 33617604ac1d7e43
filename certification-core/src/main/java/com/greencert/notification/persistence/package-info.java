/**
 * Where the outbox of notifications and the record of who was mailed are stored. Shared by all tenants
 * and all nodes (not tenant-owned); a node takes a notification by a conditional update, so each is
 * handled by one node at a time.
 */
package com.greencert.notification.persistence;
