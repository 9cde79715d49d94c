-- The workspaces that installed termbot through OAuth (Slack's multi-workspace mode), one row per
-- platform and workspace. sealed_token is the bot token encrypted by the adapter (AES-GCM with
-- TERMBOT_SECRET_KEY, a random IV per row, bound to the workspace id): this table never holds a
-- token in clear, and a copy of the database without the key opens no workspace.
-- installed_at is epoch milliseconds, UTC.
CREATE TABLE installations (
    platform     VARCHAR(32)   NOT NULL,
    workspace    VARCHAR(128)  NOT NULL,
    bot_user_id  VARCHAR(128)  NOT NULL,
    sealed_token VARCHAR(1024) NOT NULL,
    installed_at BIGINT        NOT NULL,
    PRIMARY KEY (platform, workspace)
);
