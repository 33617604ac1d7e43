-- A buyer invites by e-mail a supplier that is not on the portal yet (issue 11, docs/adr/0026). Owned by the buyer
-- (tenant_id, eclipselink-orm.xml). The link's token is kept only as its SHA-256; a link is read across buyers by
-- that hash alone, before anyone is signed in. One row per buyer, set and address: inviting again renews it.
CREATE TABLE join_invitation (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    tenant_id           VARCHAR(64)   NOT NULL,
    criteria_set_id     CHAR(36)      NOT NULL,
    email               VARCHAR(254)  NOT NULL,
    company_name        VARCHAR(200)  NOT NULL,
    language            VARCHAR(2)    NOT NULL,
    token_sha256        CHAR(64)      NOT NULL,
    invited_by          VARCHAR(200)  NOT NULL,
    invited_at          TIMESTAMP(6)  NOT NULL,
    expires_at          TIMESTAMP(6)  NOT NULL,
    used_at             TIMESTAMP(6),
    supplier_tenant_id  VARCHAR(64),
    withdrawn_at        TIMESTAMP(6),
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_join_invitation UNIQUE (tenant_id, criteria_set_id, email),
    CONSTRAINT uq_join_invitation_token UNIQUE (token_sha256)
);
CREATE INDEX ix_join_invitation_email ON join_invitation (email, supplier_tenant_id);
