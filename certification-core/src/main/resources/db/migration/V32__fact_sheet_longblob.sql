-- Fact sheets up to the quotas' top (docs/adr/0027): a supplier at the product quota's maximum (100,000 products,
-- each with its composition) has a sheet of some 8 MB of head and 15 MB of compositions, too close to MEDIUMBLOB's
-- 16 MB; such a sheet could never be kept and was built again at every match and every upkeep round. LONGBLOB has
-- no such cliff. The table is a cache: it is made again empty (no ALTER that both MariaDB/MySQL and H2 read), and
-- the upkeep keeps every sheet again within minutes of the deployment.
DROP TABLE supplier_fact_sheet;

CREATE TABLE supplier_fact_sheet (
    tenant_id   VARCHAR(64)   NOT NULL PRIMARY KEY,
    stamp       BIGINT        NOT NULL,
    head        LONGBLOB      NOT NULL,
    shared_part LONGBLOB      NOT NULL,
    composition LONGBLOB      NOT NULL,
    built_at    TIMESTAMP(6)  NOT NULL
);
