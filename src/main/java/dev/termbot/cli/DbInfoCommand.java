package dev.termbot.cli;

import dev.termbot.storage.SchemaInfo;
import dev.termbot.storage.Database;
import dev.termbot.storage.SqliteDatabase;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code termbot db info}: file, schema version, migrations and row counts, without changing anything. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show the database file, schema version, migrations and row counts (changes nothing).")
final class DbInfoCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Database chosen = database.existingDatabase();
        SchemaInfo info = chosen.info();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("file:           %s (%d bytes)%n", info.location(), info.sizeBytes());
        out.printf("schema version: %s (this termbot knows up to %s)%n", info.currentVersion(), info.latestKnown());
        if (info.newerThanKnown()) {
            out.println("                written by a newer termbot: this version refuses to open it");
        }
        out.printf("hash key:       %s%n", chosen instanceof SqliteDatabase sqlite ? hashKeySource(sqlite.file())
                : "from " + StorageOptions.HASH_KEY_VARIABLE + " (required with PostgreSQL)");
        out.println("migrations:");
        for (SchemaInfo.Migration m : info.migrations()) {
            out.printf("  %-4s %-32s %-10s %s%n", m.version(), m.description(), m.state(),
                    m.installedOn().map(Object::toString).orElse(""));
        }
        out.println("rows:");
        info.rowCounts().forEach((table, rows) -> out.printf("  %-24s %d%n", table, rows));
        return ExitCodes.OK;
    }

    private static String hashKeySource(Path dbFile) {
        if (System.getenv(StorageOptions.HASH_KEY_VARIABLE) != null) {
            return "from " + StorageOptions.HASH_KEY_VARIABLE;
        }
        Path keyFile = Storage.keyFileFor(dbFile);
        return keyFile + (Files.exists(keyFile) ? "" : " (missing: the next start generates a new key)");
    }
}
