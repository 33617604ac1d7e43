/**
 * Notifications: telling people by e-mail that something needs their action. A notification names its
 * recipients (particular people, or everyone with a role in a tenant), a template and the template's
 * arguments; it waits in an outbox, written in the same transaction as the change it reports, until one
 * node of the cluster has mailed it to each recipient in their language.
 */
package com.greencert.notification.domain;
