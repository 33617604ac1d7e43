-- A buyer's watch list (issue 11, docs/adr/0025): the suppliers whose credentials, shared evidence and products
-- the buyer wants to hear about. Owned by the buyer (tenant_id, eclipselink-orm.xml); read across buyers only by
-- the notifier that tells every watching buyer of a supplier's suspended or revoked credential.
CREATE TABLE watched_supplier (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    tenant_id           VARCHAR(64)   NOT NULL,
    supplier_tenant_id  VARCHAR(64)   NOT NULL,
    watched_by          VARCHAR(200)  NOT NULL,
    watched_at          TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_watched_supplier UNIQUE (tenant_id, supplier_tenant_id)
);
CREATE INDEX ix_watched_supplier_supplier ON watched_supplier (supplier_tenant_id);
