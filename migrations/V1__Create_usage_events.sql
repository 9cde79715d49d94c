-- One row per thing the bot noticed or did. Never message text, never a raw user id:
-- user_hash is HMAC-SHA256 of the platform user id with a per-install secret kept outside the database.
-- Times are epoch milliseconds, UTC. Plain types only, so the same file runs on PostgreSQL.
CREATE TABLE usage_events (
    occurred_at        BIGINT       NOT NULL,
    platform           VARCHAR(32)  NOT NULL,
    workspace          VARCHAR(128) NOT NULL,
    channel            VARCHAR(128) NOT NULL,
    thread             VARCHAR(128) NOT NULL,
    user_hash          VARCHAR(64)  NOT NULL,
    kind               VARCHAR(16)  NOT NULL,
    suppression_reason VARCHAR(32),
    rule_id            VARCHAR(128) NOT NULL,
    term_id            VARCHAR(128) NOT NULL,
    define_query       VARCHAR(200) NOT NULL,
    define_found       BOOLEAN      NOT NULL,
    latency_ms         BIGINT       NOT NULL
);

CREATE INDEX usage_events_by_time ON usage_events (occurred_at);
CREATE INDEX usage_events_by_user ON usage_events (user_hash);
