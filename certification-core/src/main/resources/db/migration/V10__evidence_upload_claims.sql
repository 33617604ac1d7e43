-- An upload's hold on its Idempotency-Key (tenant-owned), taken before the file is read, so that of
-- concurrent uploads with one key exactly one stores it, on any node (docs/adr/0012-upload-hardening.md).
-- The unique (tenant_id, idempotency_key) decides between them; touched_at is the holder's last sign of
-- life (an abandoned claim may be taken over); evidence_id is what the key answers with once stored.
CREATE TABLE evidence_upload_claim (
    id                CHAR(36)      NOT NULL PRIMARY KEY,
    tenant_id         VARCHAR(64)   NOT NULL,
    idempotency_key   VARCHAR(200)  NOT NULL,
    holder            CHAR(36)      NOT NULL,
    claimed_by        VARCHAR(200)  NOT NULL,
    touched_at        TIMESTAMP(6)  NOT NULL,
    evidence_id       CHAR(36),
    CONSTRAINT uq_evidence_upload_claim UNIQUE (tenant_id, idempotency_key),
    CONSTRAINT fk_evidence_upload_claim_evidence FOREIGN KEY (evidence_id) REFERENCES evidence (id)
);
