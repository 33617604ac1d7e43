-- Fact sheets kept ahead of matches (docs/adr/0027): one node of the cluster at a time builds the sheets of
-- suppliers that have none valid, a few thousand per round, so the first match after a deployment, an import or
-- many changes reads kept sheets instead of building them all.
INSERT INTO cluster_job (name, runs) VALUES ('fact-sheets', 0);
