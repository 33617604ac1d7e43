-- A supplier's evidence (tenant-owned). Each row is one immutable version; the bytes live in the blob
-- store under storage_key (the SHA-256 of the file).
CREATE TABLE evidence (
    id                CHAR(36)      NOT NULL PRIMARY KEY,
    tenant_id         VARCHAR(64)   NOT NULL,
    evidence_type     VARCHAR(40)   NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    issuer            VARCHAR(200)  NOT NULL,
    issued_on         DATE          NOT NULL,
    expires_on        DATE,
    language          VARCHAR(35)   NOT NULL,
    product_ids       VARCHAR(2000),
    facility_ids      VARCHAR(2000),
    original_filename VARCHAR(255)  NOT NULL,
    media_type        VARCHAR(127)  NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    sha256            CHAR(64)      NOT NULL,
    storage_key       VARCHAR(200)  NOT NULL,
    version_no        INTEGER       NOT NULL,
    supersedes_id     CHAR(36),
    idempotency_key   VARCHAR(200),
    uploaded_by       VARCHAR(200)  NOT NULL,
    uploaded_at       TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_evidence_idempotency UNIQUE (tenant_id, idempotency_key),
    CONSTRAINT uq_evidence_supersedes UNIQUE (tenant_id, supersedes_id),
    CONSTRAINT fk_evidence_supersedes FOREIGN KEY (supersedes_id) REFERENCES evidence (id)
);
CREATE INDEX ix_evidence_tenant ON evidence (tenant_id);
CREATE INDEX ix_evidence_expires ON evidence (tenant_id, expires_on);

-- Consent to share one piece of evidence with another tenant (not tenant-owned: read by owner and grantee).
CREATE TABLE evidence_grant (
    id                CHAR(36)      NOT NULL PRIMARY KEY,
    evidence_id       CHAR(36)      NOT NULL,
    owner_tenant_id   VARCHAR(64)   NOT NULL,
    grantee_tenant_id VARCHAR(64)   NOT NULL,
    granted_by        VARCHAR(200)  NOT NULL,
    granted_at        TIMESTAMP(6)  NOT NULL,
    revoked_by        VARCHAR(200),
    revoked_at        TIMESTAMP(6),
    version           BIGINT        NOT NULL,
    CONSTRAINT fk_evidence_grant_evidence FOREIGN KEY (evidence_id) REFERENCES evidence (id)
);
CREATE INDEX ix_evidence_grant_grantee ON evidence_grant (grantee_tenant_id, evidence_id);
CREATE INDEX ix_evidence_grant_owner ON evidence_grant (owner_tenant_id, evidence_id);
