-- A product's history: each change of its classification (names, HS code, UN number, packing group) after
-- registration, with the old and the new value, when and by whom. Read through the tenant-filtered product.
CREATE TABLE product_change (
    product_id   CHAR(36)      NOT NULL,
    change_no    INTEGER       NOT NULL,
    changed_at   TIMESTAMP(6)  NOT NULL,
    changed_by   VARCHAR(200)  NOT NULL,
    changed_field VARCHAR(20)  NOT NULL,
    value_before VARCHAR(200),
    value_after  VARCHAR(200),
    PRIMARY KEY (product_id, change_no),
    CONSTRAINT fk_product_change_product FOREIGN KEY (product_id) REFERENCES product (id)
);
