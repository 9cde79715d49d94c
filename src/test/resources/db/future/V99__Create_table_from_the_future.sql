-- Only for tests: stands in for a migration shipped by a newer termbot than the one under test.
CREATE TABLE table_from_the_future (
    note VARCHAR(64) NOT NULL
);
INSERT INTO table_from_the_future (note) VALUES ('written by a newer termbot');
