-- The public registry's change feed (ADR 0018): one row per change to what a supplier may publish, written in
-- the transaction of the change; every node's search index follows it by seq.
CREATE TABLE registry_change (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    seq BIGINT NOT NULL AUTO_INCREMENT UNIQUE,
    supplier_tenant_id VARCHAR(64) NOT NULL,
    reason VARCHAR(40) NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL
);
CREATE INDEX registry_change_at ON registry_change (changed_at);
