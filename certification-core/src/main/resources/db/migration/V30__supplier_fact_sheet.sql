-- What matching knows of each supplier, kept between matches (issue 11's benchmark, docs/adr/0027). A sheet is valid
-- while its stamp equals the supplier's facts_stamp: every transaction that changes what a sheet holds (a product,
-- its composition or declared values, a facility, the profile, the tenant's state, evidence, a credential or a
-- certification) adds one to the stamp in that same transaction, so a sheet built before a change is never read
-- after it. On the tenant row, which every supplier has: the stamp is counted up, never inserted, so two first
-- changes at once cannot collide. Sheets are a cache: deleting them all loses nothing. A sheet is kept in three
-- columns so that a reader fetches only what it needs: head (what the public registry shows), shared_part (what
-- buyers the supplier shares with see besides) and composition (read only to screen against an SVHC list).
ALTER TABLE tenant ADD COLUMN facts_stamp BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE supplier_fact_sheet (
    tenant_id   VARCHAR(64)   NOT NULL PRIMARY KEY,
    stamp       BIGINT        NOT NULL,
    head        MEDIUMBLOB    NOT NULL,
    shared_part MEDIUMBLOB    NOT NULL,
    composition MEDIUMBLOB    NOT NULL,
    built_at    TIMESTAMP(6)  NOT NULL
);

-- A match of many suppliers reads the evidence granted to the buyer and not revoked: from this index alone.
CREATE INDEX ix_evidence_grant_grantee_active ON evidence_grant (grantee_tenant_id, revoked_at, evidence_id);
