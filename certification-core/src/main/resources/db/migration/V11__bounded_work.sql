-- Bounded work (docs/adr/0013): write quotas counted per tenant in the database, and indexes that let the
-- lists page in the database in their own order (LIMIT/OFFSET walks the index instead of sorting the tenant's rows).

-- How much of one kind (PRODUCT, FACILITY, EVIDENCE) a tenant has created: in the calendar minute that starts
-- at window_start, and in all. One row per tenant and kind (tenant-owned: EclipseLink multitenancy).
CREATE TABLE quota_usage (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    window_start    TIMESTAMP(6) NOT NULL,
    used_in_window  BIGINT       NOT NULL,
    total           BIGINT       NOT NULL,
    CONSTRAINT uq_quota_usage UNIQUE (tenant_id, kind)
);

CREATE INDEX ix_product_tenant_name ON product (tenant_id, name_en, id);
CREATE INDEX ix_facility_tenant_name ON facility (tenant_id, name, id);
CREATE INDEX ix_evidence_tenant_uploaded ON evidence (tenant_id, uploaded_at, id);
CREATE INDEX ix_evidence_supersedes ON evidence (supersedes_id);
CREATE INDEX ix_tenant_name ON tenant (name_en, id);
CREATE INDEX ix_application_supplier_updated ON certification_application (supplier_tenant_id, updated_at, id);
CREATE INDEX ix_application_body_updated ON certification_application (body_tenant_id, updated_at, id);
