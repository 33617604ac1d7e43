-- Cluster jobs (ADR 0021): the registry's chores table becomes the one table of every job one node runs for the
-- cluster; the reminders scan is a new job.
ALTER TABLE registry_job RENAME TO cluster_job;
INSERT INTO cluster_job (name, runs) VALUES ('reminders', 0);

-- Reminders sent (ADR 0021): one row per reminder, written in the transaction that queues its mail in the outbox.
-- The unique key (what, which one, the date it is due, the threshold) makes a second node's or a restarted node's
-- attempt to send the same reminder fail and roll back with its mail; a new due date (a renewed certificate)
-- is a new series of reminders.
CREATE TABLE sent_reminder (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    due_on DATE NOT NULL,
    days_before INT NOT NULL,
    sent_at TIMESTAMP(6) NOT NULL,
    sent_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_sent_reminder UNIQUE (kind, subject_id, due_on, days_before)
);
CREATE INDEX sent_reminder_tenant ON sent_reminder (tenant_id);
