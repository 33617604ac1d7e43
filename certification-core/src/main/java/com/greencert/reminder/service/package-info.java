/**
 * Finding what falls due (evidence and certificates expiring for a supplier; surveillance and findings for a
 * certification body), listing it on the home pages, and mailing the reminders once per cluster from the
 * {@code reminders} cluster job (ADR 0021).
 */
package com.greencert.reminder.service;
