-- Tenant registry (shared): one row per Keycloak organization.
CREATE TABLE tenant (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    name_en     VARCHAR(200) NOT NULL,
    name_zh     VARCHAR(200),
    tenant_type VARCHAR(32)  NOT NULL,
    country     CHAR(2),
    created_at  TIMESTAMP(6) NOT NULL,
    version     BIGINT       NOT NULL
);

-- Supplier facilities (tenant-owned).
CREATE TABLE facility (
    id         CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id  VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    address    VARCHAR(500) NOT NULL,
    country    CHAR(2)      NOT NULL,
    latitude   DOUBLE PRECISION,
    longitude  DOUBLE PRECISION,
    activities VARCHAR(500),
    created_at TIMESTAMP(6) NOT NULL,
    version    BIGINT       NOT NULL
);
CREATE INDEX ix_facility_tenant ON facility (tenant_id);
