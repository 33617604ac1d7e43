-- Values a supplier declares for a product (issue 11): its carbon footprint, recycled or bio-based content, one per
-- quantity, in the quantity's one unit (kept by the code, not in a column: a value in another unit is refused
-- before it is stored), with the piece of evidence that supports it, if any. Read through the tenant-filtered
-- product, like product_change; a buyer's matching reads it across tenants in plain SQL (SqlSupplierFacts).
CREATE TABLE product_declared_value (
    product_id   CHAR(36)       NOT NULL,
    quantity     VARCHAR(32)    NOT NULL,
    amount       DECIMAL(12, 4) NOT NULL,
    evidence_id  CHAR(36),
    PRIMARY KEY (product_id, quantity),
    CONSTRAINT fk_product_declared_value_product FOREIGN KEY (product_id) REFERENCES product (id)
);
