package dev.termbot.cli;

import dev.termbot.core.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option shared by every command that reads or writes the database (a picocli mixin). */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "SQLite database file (default: $TERMBOT_DB, else storage.database of ./config/termbot.yaml, else data/termbot.db)")
    Path file;

    Path resolve() throws ConfigException {
        // the same file the bot uses: --db, else TERMBOT_DB, else the settings file, else the default
        return file != null ? file : new ConfigOption().load(System.getenv()).storage().database();
    }

    /** The resolved file, which must exist: the commands that read the database never create one by accident. */
    Path existing() throws ConfigException, BadInput {
        Path resolved = resolve();
        if (!Files.isRegularFile(resolved)) {
            throw new BadInput("no database at " + resolved.toAbsolutePath().normalize()
                    + " (start the bot once or run: termbot db migrate --db " + resolved + ")");
        }
        return resolved;
    }
}
