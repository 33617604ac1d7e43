-- A supplier retires a piece of evidence (issue 12, docs/adr/0020): every version of the piece records when, by
-- whom and why. A retired piece stays stored and readable (its grants' history too) but no longer counts for
-- coverage, expiry or reminders. The version column locks the one change a stored row may still take.
ALTER TABLE evidence ADD COLUMN retired_at TIMESTAMP(6) NULL;
ALTER TABLE evidence ADD COLUMN retired_by VARCHAR(200) NULL;
ALTER TABLE evidence ADD COLUMN retired_reason VARCHAR(1000) NULL;
ALTER TABLE evidence ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
