-- Certification (docs/adr/0008): schemes, accreditation scope, conflicts of interest, applications with
-- their evaluation, findings and history, appeals and complaints. None of these tables is EclipseLink-
-- multitenant: a supplier and a certification body share an application, so every query names the
-- caller's tenant in supplier_tenant_id or body_tenant_id. Mind MariaDB's 65,535-byte row limit (4 bytes a
-- character in utf8mb4) when widening text columns of certification_application.
CREATE TABLE scheme (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    body_tenant_id      VARCHAR(64)   NOT NULL,
    code                VARCHAR(40)   NOT NULL,
    version_no          INTEGER       NOT NULL,
    name_en             VARCHAR(200)  NOT NULL,
    name_zh             VARCHAR(200),
    validity_months     INTEGER       NOT NULL,
    surveillance_months INTEGER       NOT NULL,
    frozen              BOOLEAN       NOT NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_scheme_version UNIQUE (body_tenant_id, code, version_no)
);

CREATE TABLE scheme_criterion (
    scheme_id       CHAR(36)       NOT NULL,
    line_no         INTEGER        NOT NULL,
    code            VARCHAR(20)    NOT NULL,
    title_en        VARCHAR(300)   NOT NULL,
    title_zh        VARCHAR(300),
    evidence_types  VARCHAR(400)   NOT NULL,
    max_age_months  INTEGER,
    threshold_max   DECIMAL(19, 6),
    threshold_unit  VARCHAR(40),
    PRIMARY KEY (scheme_id, line_no),
    CONSTRAINT fk_scheme_criterion FOREIGN KEY (scheme_id) REFERENCES scheme (id)
);

CREATE TABLE accreditation (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    body_tenant_id  VARCHAR(64)   NOT NULL,
    scheme_code     VARCHAR(40)   NOT NULL,
    hs_chapters     VARCHAR(400)  NOT NULL,
    valid_until     DATE,
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_accreditation_body ON accreditation (body_tenant_id);

CREATE TABLE conflict_of_interest (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    body_tenant_id      VARCHAR(64)   NOT NULL,
    username            VARCHAR(200)  NOT NULL,
    supplier_tenant_id  VARCHAR(64)   NOT NULL,
    reason              VARCHAR(2000) NOT NULL,
    declared_at         TIMESTAMP(6)  NOT NULL
);
CREATE INDEX ix_conflict_body_user ON conflict_of_interest (body_tenant_id, username);

CREATE TABLE certification_application (
    id                    CHAR(36)      NOT NULL PRIMARY KEY,
    supplier_tenant_id    VARCHAR(64)   NOT NULL,
    body_tenant_id        VARCHAR(64)   NOT NULL,
    scheme_id             CHAR(36)      NOT NULL,
    validity_months       INTEGER       NOT NULL,
    surveillance_months   INTEGER       NOT NULL,
    status                VARCHAR(30)   NOT NULL,
    assessor              VARCHAR(200),
    evaluators            VARCHAR(1000),
    audit_planned_on      DATE,
    auditor               VARCHAR(200),
    audit_mode            VARCHAR(10),
    audit_held_on         DATE,
    audit_report_id       CHAR(36),
    reviewer              VARCHAR(200),
    recommendation        VARCHAR(16),
    review_note           VARCHAR(2000),
    reviewed_at           TIMESTAMP(6),
    decider               VARCHAR(200),
    decision              VARCHAR(16),
    decision_reason       VARCHAR(2000),
    decided_at            TIMESTAMP(6),
    certified_on          DATE,
    valid_until           DATE,
    scope_product_ids     VARCHAR(4000),
    last_surveillance_on  DATE,
    renewal_of            CHAR(36),
    renewed_by            CHAR(36),
    created_at            TIMESTAMP(6)  NOT NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT fk_application_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id)
);
CREATE INDEX ix_application_supplier ON certification_application (supplier_tenant_id, status);
CREATE INDEX ix_application_body ON certification_application (body_tenant_id, status);

CREATE TABLE application_evidence (
    application_id  CHAR(36)      NOT NULL,
    evidence_id     CHAR(36)      NOT NULL,
    evidence_type   VARCHAR(40)   NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    issued_on       DATE          NOT NULL,
    expires_on      DATE,
    CONSTRAINT fk_application_evidence FOREIGN KEY (application_id) REFERENCES certification_application (id)
);
CREATE INDEX ix_application_evidence ON application_evidence (application_id);

CREATE TABLE application_criterion_review (
    application_id  CHAR(36)      NOT NULL,
    criterion_code  VARCHAR(20)   NOT NULL,
    conforms        BOOLEAN       NOT NULL,
    note            VARCHAR(2000),
    reviewed_by     VARCHAR(200)  NOT NULL,
    reviewed_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_application_review FOREIGN KEY (application_id) REFERENCES certification_application (id)
);
CREATE INDEX ix_application_review ON application_criterion_review (application_id);

CREATE TABLE application_finding (
    id                      CHAR(36)      NOT NULL PRIMARY KEY,
    application_id          CHAR(36)      NOT NULL,
    severity                VARCHAR(10)   NOT NULL,
    criterion_code          VARCHAR(20)   NOT NULL,
    description             VARCHAR(2000) NOT NULL,
    due_on                  DATE          NOT NULL,
    raised_by               VARCHAR(200)  NOT NULL,
    raised_at               TIMESTAMP(6)  NOT NULL,
    status                  VARCHAR(12)   NOT NULL,
    correction              VARCHAR(2000),
    correction_evidence_id  CHAR(36),
    responded_at            TIMESTAMP(6),
    verified_by             VARCHAR(200),
    verification_note       VARCHAR(2000),
    CONSTRAINT fk_finding_application FOREIGN KEY (application_id) REFERENCES certification_application (id)
);
CREATE INDEX ix_finding_application ON application_finding (application_id);

CREATE TABLE application_event (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    application_id  CHAR(36)      NOT NULL,
    seq             INTEGER       NOT NULL,
    action          VARCHAR(40)   NOT NULL,
    status_after    VARCHAR(30)   NOT NULL,
    actor           VARCHAR(200)  NOT NULL,
    actor_tenant    VARCHAR(64)   NOT NULL,
    occurred_at     TIMESTAMP(6)  NOT NULL,
    note            VARCHAR(2000),
    CONSTRAINT uq_application_event UNIQUE (application_id, seq),
    CONSTRAINT fk_event_application FOREIGN KEY (application_id) REFERENCES certification_application (id)
);

CREATE TABLE appeal (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    application_id      CHAR(36)      NOT NULL,
    supplier_tenant_id  VARCHAR(64)   NOT NULL,
    body_tenant_id      VARCHAR(64)   NOT NULL,
    appealed_status     VARCHAR(30)   NOT NULL,
    grounds             VARCHAR(4000) NOT NULL,
    lodged_by           VARCHAR(200)  NOT NULL,
    lodged_at           TIMESTAMP(6)  NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    handler             VARCHAR(200),
    outcome             VARCHAR(4000),
    closed_at           TIMESTAMP(6),
    version             BIGINT        NOT NULL,
    CONSTRAINT fk_appeal_application FOREIGN KEY (application_id) REFERENCES certification_application (id)
);
CREATE INDEX ix_appeal_supplier ON appeal (supplier_tenant_id);
CREATE INDEX ix_appeal_body ON appeal (body_tenant_id);

CREATE TABLE complaint (
    id                      CHAR(36)      NOT NULL PRIMARY KEY,
    application_id          CHAR(36)      NOT NULL,
    supplier_tenant_id      VARCHAR(64)   NOT NULL,
    body_tenant_id          VARCHAR(64)   NOT NULL,
    complainant_tenant_id   VARCHAR(64)   NOT NULL,
    complainant             VARCHAR(200)  NOT NULL,
    subject                 VARCHAR(4000) NOT NULL,
    received_at             TIMESTAMP(6)  NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    investigator            VARCHAR(200),
    outcome                 VARCHAR(4000),
    closed_at               TIMESTAMP(6),
    version                 BIGINT        NOT NULL,
    CONSTRAINT fk_complaint_application FOREIGN KEY (application_id) REFERENCES certification_application (id)
);
CREATE INDEX ix_complaint_body ON complaint (body_tenant_id);
CREATE INDEX ix_complaint_complainant ON complaint (complainant_tenant_id);

CREATE TABLE application_scope_item (
    application_id  CHAR(36)      NOT NULL,
    kind            VARCHAR(10)   NOT NULL,
    item_id         CHAR(36)      NOT NULL,
    label           VARCHAR(300)  NOT NULL,
    hs_code         VARCHAR(10),
    CONSTRAINT fk_application_scope_item FOREIGN KEY (application_id) REFERENCES certification_application (id)
);
CREATE INDEX ix_application_scope_item ON application_scope_item (application_id);
