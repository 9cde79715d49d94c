-- What people answered to a passive note: one vote per person per note, changeable (the latest vote
-- wins), and the note's removal. Never message text; user_hash is the same keyed hash as in
-- usage_events. note_ref is the platform's id of the bot's note message (Slack: the note's ts;
-- Discord: its message id; console: a session counter). vote: 'helpful' or 'not_needed'.
-- removed_by: 'author' (the person the note answered) or 'moderator'. Times: epoch ms, UTC.
CREATE TABLE note_feedback (
    platform   VARCHAR(32)  NOT NULL,
    workspace  VARCHAR(128) NOT NULL,
    channel    VARCHAR(128) NOT NULL,
    note_ref   VARCHAR(128) NOT NULL,
    rule_id    VARCHAR(128) NOT NULL,
    user_hash  VARCHAR(64)  NOT NULL,
    vote       VARCHAR(16)  NOT NULL,
    voted_at   BIGINT       NOT NULL,
    PRIMARY KEY (platform, workspace, note_ref, user_hash)
);

CREATE INDEX note_feedback_by_time ON note_feedback (voted_at);
CREATE INDEX note_feedback_by_user ON note_feedback (user_hash);

CREATE TABLE note_removals (
    platform   VARCHAR(32)  NOT NULL,
    workspace  VARCHAR(128) NOT NULL,
    channel    VARCHAR(128) NOT NULL,
    note_ref   VARCHAR(128) NOT NULL,
    rule_id    VARCHAR(128) NOT NULL,
    user_hash  VARCHAR(64)  NOT NULL,
    removed_by VARCHAR(16)  NOT NULL,
    removed_at BIGINT       NOT NULL,
    PRIMARY KEY (platform, workspace, note_ref)
);

CREATE INDEX note_removals_by_time ON note_removals (removed_at);
CREATE INDEX note_removals_by_user ON note_removals (user_hash);
