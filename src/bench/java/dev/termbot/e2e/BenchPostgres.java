package dev.termbot.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server of a benchmark run. With {@code TERMBOT_BENCH_DATABASE_URL} (a
 * {@code jdbc:postgresql://} URL of a user that may create databases) the benchmark uses that
 * server; otherwise it starts an embedded PostgreSQL 17 from the io.zonky.test binaries, which
 * {@code mvn package} copies to {@code target/bench-lib/} beside the benchmark (they are not part of
 * termbot's bundle). Run as root, the library starts the server under {@code unshare -U} (see the
 * tests' {@code TestPostgres}). Each benchmark gets a fresh database on it.
 */
final class BenchPostgres {
    static final String URL_VARIABLE = "TERMBOT_BENCH_DATABASE_URL";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres embedded;

    private BenchPostgres() {
    }

    /** A JDBC URL (no password in it) of a new empty database. */
    static synchronized String freshDatabaseUrl() {
        String name = "termbot_bench_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        String server = System.getenv(URL_VARIABLE);
        try {
            if (server != null && !server.isBlank()) {
                try (Connection admin = DriverManager.getConnection(server); Statement statement = admin.createStatement()) {
                    statement.execute("CREATE DATABASE " + name);
                }
                return withDatabase(server, name);
            }
            try (Connection admin = embedded().getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return embedded.getJdbcUrl("postgres", name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a benchmark database: " + e.getMessage(), e);
        }
    }

    /** The same server and query string, another database. */
    private static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String rest = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + database + rest;
    }

    private static EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                Path work = Files.createTempDirectory("termbot-bench-pg");
                embedded = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(work.toFile())
                        .setDataDirectory(work.resolve("data"))
                        .setCleanDataDirectory(true)
                        .setServerConfig("max_connections", "200")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(BenchPostgres::stop, "termbot-bench-pg-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
            }
        }
        return embedded;
    }

    private static synchronized void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                // the JVM is ending; the temporary folder is left behind at worst
            }
        }
    }
}
