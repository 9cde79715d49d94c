-- Glossary entries suggested from chat ("/termbot suggest TERM: definition") and the moderators'
-- decisions. term and definition are what the member wrote for the glossary: a contribution meant to
-- be published, the one place a member's words are kept. Who suggested and who decided are hashed
-- like usage_events.user_hash. status: 'pending', 'approved' or 'rejected'. Times: epoch ms, UTC.
CREATE TABLE glossary_suggestions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    platform     VARCHAR(32)   NOT NULL,
    workspace    VARCHAR(128)  NOT NULL,
    term         VARCHAR(200)  NOT NULL,
    definition   VARCHAR(1000) NOT NULL,
    suggested_by VARCHAR(64)   NOT NULL,
    suggested_at BIGINT        NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    decided_by   VARCHAR(64),
    decided_at   BIGINT
);

CREATE INDEX glossary_suggestions_by_status ON glossary_suggestions (status, decided_at);
CREATE INDEX glossary_suggestions_by_user ON glossary_suggestions (suggested_by);

-- Approved entries, merged over the glossary file: one row per term key, the entry written in the
-- glossary file's own YAML format so the file's validation reads it.
CREATE TABLE glossary_overlay (
    term_key      VARCHAR(200)  NOT NULL PRIMARY KEY,
    entry_yaml    VARCHAR(8000) NOT NULL,
    suggestion_id BIGINT        NOT NULL,
    approved_at   BIGINT        NOT NULL
);
