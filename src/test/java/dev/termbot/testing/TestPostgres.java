package dev.termbot.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test JVM, from the embedded binaries on the test
 * classpath (io.zonky.test), so {@code mvn test} needs no installed server. Each test asks for its
 * own fresh database on it ({@link #freshDatabaseUrl}).
 *
 * <p>PostgreSQL refuses to run as root. Run as root (a CI container, this machine), the library
 * (2.2.x) starts {@code initdb} and {@code pg_ctl} under {@code unshare -U}, where the process is
 * {@code nobody} in a new user namespace; that needs util-linux's {@code unshare} and unprivileged
 * user namespaces enabled in the kernel. Any other user runs the binaries directly.
 */
public final class TestPostgres {
    private static final Path WORK = Paths.get("target", "embedded-pg").toAbsolutePath();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** A JDBC URL (user in it, no password: the test server trusts local connections) of a new empty database. */
    public static synchronized String freshDatabaseUrl() {
        String name = "termbot_test_" + DATABASES.incrementAndGet();
        try (Connection admin = server().getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static EmbeddedPostgres start() {
        try {
            Files.createDirectories(WORK);
            return builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    private static EmbeddedPostgres.Builder builder() throws IOException {
        Path data = Files.createTempDirectory(WORK, "data-");
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(WORK.toFile())
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                // the tests race connections on purpose; the default 100 leaves too little headroom
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "off");
    }
}
