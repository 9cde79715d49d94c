-- Facts about this installation that must not change silently, e.g. a check value of the user-id
-- hash key (an HMAC of a constant, never the key) and when digest scheduling began.
CREATE TABLE install_settings (
    name    VARCHAR(64)  NOT NULL PRIMARY KEY,
    setting VARCHAR(256) NOT NULL
);
