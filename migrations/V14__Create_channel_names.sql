-- Channel names as the platforms report them, so the digest can say #general instead of C0123ABC.
-- Only public and private channels of a workspace (never direct messages, whose names are
-- people's names): a name a community gave to a place, no message text, no user. One row per
-- channel; seen_at is when the name was last read from the platform (epoch ms, UTC), so a rename
-- shows once the name is read again.
CREATE TABLE channel_names (
    platform  VARCHAR(32)  NOT NULL,
    workspace VARCHAR(128) NOT NULL,
    channel   VARCHAR(128) NOT NULL,
    name      VARCHAR(200) NOT NULL,
    seen_at   BIGINT       NOT NULL,
    PRIMARY KEY (platform, workspace, channel)
);
