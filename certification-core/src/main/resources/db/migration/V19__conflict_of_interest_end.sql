-- A conflict of interest can be ended (issue 12): dated and kept, so the history shows when the tie began and
-- ended; only an active one (ended_at null) bars its declarer. At most one active declaration per person and
-- supplier is the service's rule (a MariaDB unique index cannot be partial).
ALTER TABLE conflict_of_interest ADD COLUMN ended_at TIMESTAMP(6) NULL;
ALTER TABLE conflict_of_interest ADD COLUMN ended_by VARCHAR(200) NULL;
ALTER TABLE conflict_of_interest ADD COLUMN end_reason VARCHAR(2000) NULL;
