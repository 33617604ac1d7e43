-- A buyer invites a supplier to be measured against one of its criteria sets (issue 11, docs/adr/0024). Read by
-- its two parties only (eclipselink-orm.xml: buyer or supplier is the caller's tenant). One row per buyer,
-- supplier and set: inviting again after a refusal, a withdrawal or the expiry renews the row, it never adds one.
CREATE TABLE invitation (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    buyer_tenant_id     VARCHAR(64)   NOT NULL,
    supplier_tenant_id  VARCHAR(64)   NOT NULL,
    criteria_set_id     CHAR(36)      NOT NULL,
    criteria_version    INTEGER       NOT NULL,
    invited_by          VARCHAR(200)  NOT NULL,
    invited_at          TIMESTAMP(6)  NOT NULL,
    expires_at          TIMESTAMP(6)  NOT NULL,
    answer              VARCHAR(20),
    answered_by         VARCHAR(200),
    answered_at         TIMESTAMP(6),
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_invitation UNIQUE (buyer_tenant_id, supplier_tenant_id, criteria_set_id)
);
CREATE INDEX ix_invitation_supplier ON invitation (supplier_tenant_id, invited_at);
CREATE INDEX ix_invitation_set ON invitation (buyer_tenant_id, criteria_set_id);
