-- The tamper-evident audit log (docs/adr/0009). Not tenant-owned: shared infrastructure, every query names
-- the ledger (the tenant whose record an entry is about). Entries are written once and never updated; each
-- hash covers the entry's fields and the previous entry's hash (the first entry's prev_hash is 64 zeros).
CREATE TABLE audit_entry (
    id             CHAR(36)       NOT NULL PRIMARY KEY,
    ledger         VARCHAR(64)    NOT NULL,
    seq            BIGINT         NOT NULL,
    occurred_at    TIMESTAMP(6)   NOT NULL,
    actor_user_id  VARCHAR(64)    NOT NULL,
    actor_username VARCHAR(200)   NOT NULL,
    actor_tenant   VARCHAR(64)    NOT NULL,
    action         VARCHAR(100)   NOT NULL,
    subject_type   VARCHAR(60)    NOT NULL,
    subject_id     VARCHAR(200)   NOT NULL,
    detail         VARCHAR(2000),
    prev_hash      CHAR(64)       NOT NULL,
    hash           CHAR(64)       NOT NULL,
    CONSTRAINT uq_audit_entry_seq UNIQUE (ledger, seq)
);

-- One row per ledger: the number and hash of its last entry. Appends lock it (SELECT ... FOR UPDATE), so
-- nodes sharing the database append to one ledger one after the other.
CREATE TABLE audit_chain_head (
    ledger    VARCHAR(64)  NOT NULL PRIMARY KEY,
    last_seq  BIGINT       NOT NULL,
    last_hash CHAR(64)     NOT NULL,
    version   BIGINT       NOT NULL
);
