-- The public registry's cluster-wide chores (ADR 0018): one row per job. A node runs a job only after claiming
-- it, by an UPDATE conditional on the run count it read, so of several nodes sharing the database exactly one
-- runs each round: re-reading suppliers whose certificates passed their validity ("expiry", about hourly) and
-- deleting old change-feed entries ("prune", daily).
CREATE TABLE registry_job (
    name VARCHAR(40) NOT NULL PRIMARY KEY,
    runs BIGINT NOT NULL,
    last_run_at TIMESTAMP(6) NULL,
    claimed_by VARCHAR(100) NULL
);
INSERT INTO registry_job (name, runs) VALUES ('expiry', 0);
INSERT INTO registry_job (name, runs) VALUES ('prune', 0);
