-- Which scheduled digests were posted where, so a missed run is posted once after a restart and
-- never twice (also when several processes share the database). due_at/posted_at: epoch ms, UTC.
CREATE TABLE digest_runs (
    due_at       BIGINT      NOT NULL,
    platform     VARCHAR(32) NOT NULL,
    period_from  VARCHAR(10) NOT NULL,
    period_to    VARCHAR(10) NOT NULL,
    claimed_at   BIGINT      NOT NULL,
    PRIMARY KEY (due_at, platform)
);
