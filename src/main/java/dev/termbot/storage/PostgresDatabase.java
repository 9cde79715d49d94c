package dev.termbot.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL database shared by any number of termbot processes: the same migrations as SQLite
 * (plus {@code db/vendor/postgresql} where the SQL must differ), applied by Flyway, which takes a
 * database lock so that processes starting together migrate once.
 *
 * <p>The URL is a {@code jdbc:postgresql://} URL; user and password may be in it or come separately
 * ({@code TERMBOT_DATABASE_USER}/{@code TERMBOT_DATABASE_PASSWORD}). Neither is ever part of
 * {@link #location()}, which is what messages and logs show. Thread-safe; every caller gets its
 * own connection.
 */
public final class PostgresDatabase implements Database {
    public static final String URL_VARIABLE = "TERMBOT_DATABASE_URL";
    public static final String USER_VARIABLE = "TERMBOT_DATABASE_USER";
    public static final String PASSWORD_VARIABLE = "TERMBOT_DATABASE_PASSWORD";
    static final String URL_PREFIX = "jdbc:postgresql:";
    static final List<String> LOCATIONS = List.of(SqliteDatabase.MIGRATIONS, Dialect.POSTGRESQL.vendorMigrations());

    private final String url;
    private final String user;
    private final String password;
    private final String location;

    private PostgresDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.location = withoutCredentials(url);
    }

    /** A handle on the database at {@code url}; nothing is connected or migrated yet. */
    public static PostgresDatabase at(String url, String user, String password) {
        if (!url.startsWith(URL_PREFIX)) {
            throw new StorageException("not a PostgreSQL JDBC URL (it must start with " + URL_PREFIX + "//): " + withoutCredentials(url));
        }
        return new PostgresDatabase(url, user, password);
    }

    /** Connects and brings the schema up to date. */
    public static PostgresDatabase open(String url, String user, String password) {
        PostgresDatabase database = at(url, user, password);
        database.migrate();
        return database;
    }

    /** How messages show a URL: without its query string or user info, where a password may be. */
    public static String shown(String url) {
        return withoutCredentials(url);
    }

    /** The URL up to its query string, where a password may be; user info before the host is cut too. */
    static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        int at = base.indexOf('@');
        int hostStart = base.indexOf("//");
        if (at >= 0 && hostStart >= 0 && at > hostStart) {
            base = base.substring(0, hostStart + 2) + base.substring(at + 1);
        }
        return base;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public Connection connect() throws SQLException {
        return connect(SqliteDatabase.DEFAULT_BUSY_TIMEOUT);
    }

    /** Sets {@code lock_timeout}, PostgreSQL's counterpart of SQLite's busy timeout. */
    @Override
    public Connection connect(Duration lockWait) throws SQLException {
        Connection connection = dataSource().getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = " + Math.max(1, lockWait.toMillis()));
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public MigrationReport migrate() {
        return Migrations.migrate(flyway(), location);
    }

    @Override
    public SchemaInfo info() {
        return Migrations.info(this, flyway());
    }

    @Override
    public long sizeBytes() throws SQLException {
        try (Connection c = connect(); Statement statement = c.createStatement();
             ResultSet r = statement.executeQuery("SELECT pg_database_size(current_database())")) {
            r.next();
            return r.getLong(1);
        }
    }

    private Flyway flyway() {
        return Migrations.flyway(dataSource(), LOCATIONS, null);
    }

    private PGSimpleDataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        if (user != null && !user.isEmpty()) {
            dataSource.setUser(user);
        }
        if (password != null && !password.isEmpty()) {
            dataSource.setPassword(password);
        }
        dataSource.setApplicationName("termbot");
        return dataSource;
    }

    /** The database {@code TERMBOT_DATABASE_URL} names, if it is set (empty counts as not set); not yet connected. */
    public static Optional<PostgresDatabase> fromEnvironment(Map<String, String> env) {
        String url = env.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(at(url.strip(), env.get(USER_VARIABLE), env.get(PASSWORD_VARIABLE)));
    }
}
