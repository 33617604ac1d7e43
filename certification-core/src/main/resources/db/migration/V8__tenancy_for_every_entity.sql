-- Tenancy for every entity (docs/adr/0002-tenancy.md, ADR 0015).
-- A certification body reads an application from its first submission on: a draft is the supplier's alone.
ALTER TABLE certification_application ADD COLUMN open_to_body BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE certification_application SET open_to_body = TRUE
 WHERE id IN (SELECT application_id FROM application_event WHERE action = 'submit');

-- A grant either is direct (the owner shares a piece) or serves one application; the body keeps the pieces
-- it relied on as its record.
ALTER TABLE evidence_grant ADD COLUMN application_id CHAR(36);
ALTER TABLE evidence_grant ADD COLUMN kept_as_record BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_evidence_grant_application ON evidence_grant (application_id);

-- Conflicts of interest are owned by the body (tenancy discriminator body_tenant_id).
CREATE INDEX ix_conflict_body ON conflict_of_interest (body_tenant_id, username);
