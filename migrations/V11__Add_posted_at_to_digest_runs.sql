-- A digest run's claim becomes a lease: posted_at is set when the post is confirmed. A claim that
-- is still unposted after the lease (DigestRunLog.CLAIM_LEASE) belonged to a process that died
-- between claiming and posting, and another process (or the same one after a restart) may take it
-- over with one conditional upsert. Before this version a row existed only for a run that was
-- posted (a failed post deleted its row), so every existing row counts as posted at its claim.
-- posted_at: epoch ms, UTC; NULL while the run is claimed and not yet posted.
ALTER TABLE digest_runs ADD COLUMN posted_at BIGINT;

UPDATE digest_runs SET posted_at = claimed_at;
