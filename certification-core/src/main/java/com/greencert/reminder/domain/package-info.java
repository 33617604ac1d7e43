/**
 * Reminders before things lapse (ADR 0021): what falls due on which day ({@link DueItem}), when a reminder is
 * owed ({@link ReminderThresholds}: 90, 30 and 7 days before) and which were sent ({@link SentReminder}, one row
 * per reminder, unique per item, due date and threshold, so each is sent once per cluster).
 */
package com.greencert.reminder.domain;
