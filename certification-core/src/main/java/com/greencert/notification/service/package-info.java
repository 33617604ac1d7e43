/**
 * Sending notifications: recording them in the outbox with the business change that causes them, and,
 * on every node, picking up what is due, finding out who the recipients are and which language they read,
 * writing each of them the mail from the template, and retrying later when the mail server is away.
 */
package com.greencert.notification.service;
