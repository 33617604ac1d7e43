-- The audit reports a certification body attaches to an application (from its own vault), as they were when
-- attached; recording the audit names one of them.
CREATE TABLE application_audit_report (
    application_id  CHAR(36)      NOT NULL,
    evidence_id     CHAR(36)      NOT NULL,
    evidence_type   VARCHAR(40)   NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    issued_on       DATE          NOT NULL,
    expires_on      DATE,
    CONSTRAINT fk_application_audit_report FOREIGN KEY (application_id) REFERENCES certification_application (id)
);
CREATE INDEX ix_application_audit_report ON application_audit_report (application_id);
