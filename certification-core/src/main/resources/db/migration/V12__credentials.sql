-- Eco-brand credentials (issue 9, docs/adr/0016-eco-credentials.md): what certification bodies issue, sign with
-- and publish. Not EclipseLink-multitenant: credentials, public keys and status lists are read by anyone who
-- verifies (shared on purpose, see eclipselink-orm.xml); private keys are sealed (AES-GCM) and never leave the
-- issuing service. Numbered after V11 so databases that already hold V10/V11 migrate in order.

-- one row per issuing body: its certificate numbers' running number; locked by each issuance of the body
CREATE TABLE credential_issuer (
    body_tenant_id  VARCHAR(64)   NOT NULL PRIMARY KEY,
    last_serial     BIGINT        NOT NULL
);

CREATE TABLE credential_signing_key (
    key_id              VARCHAR(300)   NOT NULL PRIMARY KEY,
    body_tenant_id      VARCHAR(64)    NOT NULL,
    algorithm           VARCHAR(10)    NOT NULL,
    public_jwk          MEDIUMTEXT     NOT NULL,
    sealed_private_key  MEDIUMTEXT     NOT NULL,
    created_at          TIMESTAMP(6)   NOT NULL,
    retired_at          TIMESTAMP(6),
    compromised_at      TIMESTAMP(6),
    compromise_reason   VARCHAR(2000),
    version             BIGINT         NOT NULL
);
CREATE INDEX ix_signing_key_body ON credential_signing_key (body_tenant_id, created_at);

-- a body's revocation and suspension lists (131,072 bits each), generation grows with each change
CREATE TABLE credential_status_list (
    id              VARCHAR(80)   NOT NULL PRIMARY KEY,
    body_tenant_id  VARCHAR(64)   NOT NULL,
    purpose         VARCHAR(12)   NOT NULL,
    bits            BLOB          NOT NULL,
    generation      BIGINT        NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL
);

CREATE TABLE issued_credential (
    id                  CHAR(36)       NOT NULL PRIMARY KEY,
    application_id      CHAR(36)       NOT NULL,
    supplier_tenant_id  VARCHAR(64)    NOT NULL,
    body_tenant_id      VARCHAR(64)    NOT NULL,
    certificate_number  VARCHAR(80)    NOT NULL,
    scheme_code         VARCHAR(40)    NOT NULL,
    scheme_version      VARCHAR(10)    NOT NULL,
    scheme_name_en      VARCHAR(200)   NOT NULL,
    scheme_name_zh      VARCHAR(200),
    holder_name_en      VARCHAR(200)   NOT NULL,
    holder_name_zh      VARCHAR(200),
    holder_uscc         VARCHAR(18),
    holder_country      CHAR(2),
    issuer_name_en      VARCHAR(200)   NOT NULL,
    issuer_name_zh      VARCHAR(200),
    issuer_did          VARCHAR(300)   NOT NULL,
    key_id              VARCHAR(300)   NOT NULL,
    valid_from          DATE           NOT NULL,
    valid_until         DATE           NOT NULL,
    issued_at           TIMESTAMP(6)   NOT NULL,
    status_index        INTEGER        NOT NULL,
    scope_key           CHAR(64)       NOT NULL,
    jws                 MEDIUMTEXT     NOT NULL,
    suspended_at        TIMESTAMP(6),
    revoked_at          TIMESTAMP(6),
    superseded_at       TIMESTAMP(6),
    superseded_by       CHAR(36),
    version             BIGINT         NOT NULL,
    CONSTRAINT uq_credential_number UNIQUE (body_tenant_id, certificate_number),
    CONSTRAINT uq_credential_status_index UNIQUE (body_tenant_id, status_index)
);
CREATE INDEX ix_credential_application ON issued_credential (application_id, issued_at);
CREATE INDEX ix_credential_supplier ON issued_credential (supplier_tenant_id, issued_at);
CREATE INDEX ix_credential_key ON issued_credential (key_id);
