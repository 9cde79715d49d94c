package dev.termbot.storage;


/**
 * What {@link Database#migrate()} did.
 *
 * @param location the database file, or the PostgreSQL URL without credentials
 * @param from    schema version before ("0" for a new file)
 * @param to      schema version after
 * @param applied how many migrations ran
 */
public record MigrationReport(String location, String from, String to, int applied) {
}
