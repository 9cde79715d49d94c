-- The reply policy's memory, so that opt-outs, mutes, cooldowns and "already explained" survive a
-- restart and can be shared by several processes. Keyed by platform + workspace (+ channel/user),
-- user ids only as the keyed hash. Times are epoch milliseconds, UTC.
CREATE TABLE opted_out_users (
    platform   VARCHAR(32)  NOT NULL,
    workspace  VARCHAR(128) NOT NULL,
    user_hash  VARCHAR(64)  NOT NULL,
    opted_out_at BIGINT     NOT NULL,
    PRIMARY KEY (platform, workspace, user_hash)
);

CREATE TABLE muted_channels (
    platform  VARCHAR(32)  NOT NULL,
    workspace VARCHAR(128) NOT NULL,
    channel   VARCHAR(128) NOT NULL,
    muted_at  BIGINT       NOT NULL,
    PRIMARY KEY (platform, workspace, channel)
);

CREATE TABLE channel_cooldowns (
    platform    VARCHAR(32)  NOT NULL,
    workspace   VARCHAR(128) NOT NULL,
    channel     VARCHAR(128) NOT NULL,
    cooldown_ms BIGINT       NOT NULL,
    PRIMARY KEY (platform, workspace, channel)
);

CREATE TABLE last_notes (
    platform  VARCHAR(32)  NOT NULL,
    workspace VARCHAR(128) NOT NULL,
    channel   VARCHAR(128) NOT NULL,
    thread    VARCHAR(128) NOT NULL,
    rule_id   VARCHAR(128) NOT NULL,
    noted_at  BIGINT       NOT NULL,
    PRIMARY KEY (platform, workspace, channel, thread, rule_id)
);

CREATE TABLE explained_rules (
    platform     VARCHAR(32)  NOT NULL,
    workspace    VARCHAR(128) NOT NULL,
    user_hash    VARCHAR(64)  NOT NULL,
    rule_id      VARCHAR(128) NOT NULL,
    explained_at BIGINT       NOT NULL,
    PRIMARY KEY (platform, workspace, user_hash, rule_id)
);

-- Delivery keys (message ids, Slack event ids) already handled; purged after a time limit.
CREATE TABLE handled_deliveries (
    platform     VARCHAR(32)  NOT NULL,
    workspace    VARCHAR(128) NOT NULL,
    delivery_key VARCHAR(256) NOT NULL,
    handled_at   BIGINT       NOT NULL,
    PRIMARY KEY (platform, workspace, delivery_key)
);

CREATE INDEX handled_deliveries_by_time ON handled_deliveries (handled_at);
