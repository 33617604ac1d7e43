package com.greencert.reminder.domain;

/** The current tenant's reminders sent. */
public interface SentReminders {

    /** Whether the reminder for the item at this threshold was sent. */
    boolean sent(DueItem item, int daysBefore);

    /**
     * Records a reminder in the caller's transaction, at once (flushed): a second record of the same reminder,
     * from another node or after a restart, fails here, and its transaction with it.
     */
    void add(SentReminder reminder);
}
