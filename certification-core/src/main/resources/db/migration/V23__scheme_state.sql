-- A scheme version is a DRAFT until its certification body publishes it (issue 12, item 3): suppliers are
-- offered only PUBLISHED versions and may apply only for those; a published version's rules never change.
-- Versions stored before this migration were offered and may be in use, so they count as published (when and
-- by whom is unknown: published_at is taken from created_at, published_by stays empty).
ALTER TABLE scheme ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'PUBLISHED';
ALTER TABLE scheme ADD COLUMN published_at TIMESTAMP(6) NULL;
ALTER TABLE scheme ADD COLUMN published_by VARCHAR(200) NULL;
UPDATE scheme SET published_at = created_at;
ALTER TABLE scheme ALTER COLUMN state DROP DEFAULT;
