package dev.termbot.storage;

import java.nio.file.Path;

/**
 * What {@link SqliteDatabase#migrate()} did.
 *
 * @param file    the database file
 * @param from    schema version before ("0" for a new file)
 * @param to      schema version after
 * @param applied how many migrations ran
 */
public record MigrationReport(Path file, String from, String to, int applied) {
}
