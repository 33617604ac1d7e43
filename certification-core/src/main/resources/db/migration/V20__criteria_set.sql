-- Buyers' criteria sets (issue 11, docs/adr/0023-buyer-criteria-and-matching.md): tenant-owned (eclipselink-orm.xml).
-- Every version a set keeps is a row read through the tenant-filtered set (like product_change); its criteria are
-- one JSON document (the API's tagged shape, CriteriaJson), in MEDIUMTEXT like the credentials' JWS, which MariaDB,
-- MySQL and H2 all take. version_no is the version's number; line_no its place in the set's list (from 0).
CREATE TABLE criteria_set (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(64)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX ix_criteria_set_tenant ON criteria_set (tenant_id, name);

CREATE TABLE criteria_set_version (
    criteria_set_id  CHAR(36)      NOT NULL,
    line_no          INTEGER       NOT NULL,
    version_no       INTEGER       NOT NULL,
    criteria         MEDIUMTEXT    NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    used             BOOLEAN       NOT NULL,
    PRIMARY KEY (criteria_set_id, line_no),
    CONSTRAINT fk_criteria_set_version_set FOREIGN KEY (criteria_set_id) REFERENCES criteria_set (id)
);
