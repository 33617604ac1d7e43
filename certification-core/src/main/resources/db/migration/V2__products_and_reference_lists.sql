-- Supplier products (tenant-owned): classification for customs, transport and labelling.
CREATE TABLE product (
    id                 CHAR(36)      NOT NULL PRIMARY KEY,
    tenant_id          VARCHAR(64)   NOT NULL,
    name_en            VARCHAR(200)  NOT NULL,
    name_zh            VARCHAR(200),
    hs_code            VARCHAR(10)   NOT NULL,
    un_number          VARCHAR(6),
    transport_class    VARCHAR(4),
    packing_group      VARCHAR(3),
    ghs_hazard_classes VARCHAR(1000),
    hazard_statements  VARCHAR(1000),
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    version            BIGINT        NOT NULL
);
CREATE INDEX ix_product_tenant ON product (tenant_id);

-- A product's composition (tenant-owned, part of the product aggregate).
CREATE TABLE product_component (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(64)   NOT NULL,
    product_id     CHAR(36)      NOT NULL,
    line_no        INTEGER       NOT NULL,
    substance_name VARCHAR(500)  NOT NULL,
    cas_number     VARCHAR(12)   NOT NULL,
    ec_number      VARCHAR(9),
    min_percent    DECIMAL(7,4)  NOT NULL,
    max_percent    DECIMAL(7,4)  NOT NULL,
    CONSTRAINT fk_product_component_product FOREIGN KEY (product_id) REFERENCES product (id)
);
CREATE INDEX ix_product_component_tenant ON product_component (tenant_id);
CREATE INDEX ix_product_component_product ON product_component (product_id);
CREATE INDEX ix_product_component_cas ON product_component (cas_number);

-- Versions of the EU SVHC candidate list (shared reference data, not tenant-owned).
CREATE TABLE svhc_list_version (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    label        VARCHAR(64)   NOT NULL,
    published_on DATE          NOT NULL,
    imported_at  TIMESTAMP(6)  NOT NULL,
    imported_by  VARCHAR(200)  NOT NULL,
    source       VARCHAR(500),
    entry_count  INTEGER       NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT uq_svhc_list_version_label UNIQUE (label)
);

CREATE TABLE svhc_entry (
    list_version_id CHAR(36)      NOT NULL,
    entry_index     INTEGER       NOT NULL,
    substance_name  VARCHAR(2000) NOT NULL,
    ec_numbers      VARCHAR(1000),
    cas_numbers     VARCHAR(1000),
    included_on     DATE          NOT NULL,
    reason          VARCHAR(1000),
    PRIMARY KEY (list_version_id, entry_index),
    CONSTRAINT fk_svhc_entry_version FOREIGN KEY (list_version_id) REFERENCES svhc_list_version (id)
);
