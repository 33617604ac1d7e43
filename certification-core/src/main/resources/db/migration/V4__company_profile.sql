-- A supplier's company profile (tenant-owned, one per tenant): legal entity, registration, addresses,
-- contact, and which sections the public registry may show.
CREATE TABLE company_profile (
    id                      CHAR(36)      NOT NULL PRIMARY KEY,
    tenant_id               VARCHAR(64)   NOT NULL,
    legal_name_en           VARCHAR(200)  NOT NULL,
    legal_name_zh           VARCHAR(200),
    country                 CHAR(2)       NOT NULL,
    uscc                    CHAR(18),
    registration_number     VARCHAR(64),
    registered_address      VARCHAR(500)  NOT NULL,
    postal_address          VARCHAR(500),
    contact_name            VARCHAR(200),
    contact_role            VARCHAR(200),
    contact_email           VARCHAR(200),
    contact_phone           VARCHAR(32),
    names_visibility        VARCHAR(8)    NOT NULL,
    registration_visibility VARCHAR(8)    NOT NULL,
    addresses_visibility    VARCHAR(8)    NOT NULL,
    contact_visibility      VARCHAR(8)    NOT NULL,
    updated_at              TIMESTAMP(6)  NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT uq_company_profile_tenant UNIQUE (tenant_id)
);
