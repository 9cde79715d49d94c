-- Notes the reply policy allowed and that are owed but not yet confirmed as posted. A row is
-- written before the platform's event is acknowledged and deleted, in the same transaction that
-- records the cooldown and "already explained", once the platform confirms the post (or deleted
-- without them when the post failed for good). Rows left by a stop or a crash are posted on the
-- next start. Never the message text: only where to post, which rule, and for whom.
-- user_hash is the keyed hash (as everywhere); recipient_sealed is the author's id encrypted with
-- a key derived from the install's hash key (an ephemeral note must be addressed to the author),
-- and it disappears with the row.
CREATE TABLE pending_replies (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    platform         VARCHAR(32)  NOT NULL,
    workspace        VARCHAR(128) NOT NULL,
    channel          VARCHAR(128) NOT NULL,
    thread           VARCHAR(128) NOT NULL,
    message_id       VARCHAR(128) NOT NULL,
    rule_id          VARCHAR(128) NOT NULL,
    user_hash        VARCHAR(64)  NOT NULL,
    recipient_sealed VARCHAR(512) NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    claimed_at       BIGINT       NOT NULL
);

CREATE INDEX pending_replies_by_place ON pending_replies (platform, workspace, channel, thread, rule_id);
CREATE INDEX pending_replies_by_user ON pending_replies (platform, workspace, user_hash, rule_id);
CREATE INDEX pending_replies_by_message ON pending_replies (platform, workspace, channel, message_id);
