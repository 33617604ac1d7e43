/** The reminders sent, in {@code sent_reminder}, one tenant's at a time. */
package com.greencert.reminder.persistence;
