-- The cross-process half of the reply policy on a shared store (PostgreSQL; an SQLite file has one
-- process, which decides alone, so it leaves these empty): before a note is owed, a process wins the place
-- (channel/thread + rule) and the person (user_hash + rule) with one conditional upsert each, which
-- succeeds only when the row's hold has run out. While the note is owed the hold lasts an hour;
-- once the post is confirmed it is moved to the post time plus the cooldown (places) or the
-- explained window (people), quiet_ms; a failed post ends it. So two processes that both passed
-- the policy's reads cannot both post. claimed_at identifies the claim that set the hold.
-- Times are epoch milliseconds, UTC.
CREATE TABLE place_claims (
    platform   VARCHAR(32)  NOT NULL,
    workspace  VARCHAR(128) NOT NULL,
    channel    VARCHAR(128) NOT NULL,
    thread     VARCHAR(128) NOT NULL,
    rule_id    VARCHAR(128) NOT NULL,
    claimed_at BIGINT       NOT NULL,
    held_until BIGINT       NOT NULL,
    quiet_ms   BIGINT       NOT NULL,
    PRIMARY KEY (platform, workspace, channel, thread, rule_id)
);

CREATE TABLE person_claims (
    platform   VARCHAR(32)  NOT NULL,
    workspace  VARCHAR(128) NOT NULL,
    user_hash  VARCHAR(64)  NOT NULL,
    rule_id    VARCHAR(128) NOT NULL,
    claimed_at BIGINT       NOT NULL,
    held_until BIGINT       NOT NULL,
    quiet_ms   BIGINT       NOT NULL,
    PRIMARY KEY (platform, workspace, user_hash, rule_id)
);
