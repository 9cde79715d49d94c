-- A digest run's claim becomes a lease: posted_at is set when the post is confirmed. A claim that
-- is still unposted after the lease (DigestRunLog.CLAIM_LEASE) belonged to a process that died
-- between claiming and posting, and another process (or the same one after a restart) may take it
-- over with one conditional upsert. Before this version a row existed only for a run that was
-- posted (a failed post deleted its row), so every existing row counts as posted at its claim.
-- posted_at: epoch ms, UTC; NULL while the run is claimed and not yet posted.
ALTER TABLE digest_runs ADD COLUMN posted_at BIGINT;

UPDATE digest_runs SET posted_at = claimed_at;

-- An owed note left in pending_replies is posted by a process that recovers it at start. On a
-- shared store another process may be posting that very note right now, so recovering it is a
-- takeover: one conditional UPDATE that sets taken_at, and only when the note was neither claimed
-- nor attempted for a while (NoteLedger.RECOVER_AFTER); its attempts refresh taken_at. NULL: not
-- taken since the claim (claimed_at counts). Epoch ms, UTC.
ALTER TABLE pending_replies ADD COLUMN taken_at BIGINT;
