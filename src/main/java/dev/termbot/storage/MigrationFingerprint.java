package dev.termbot.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A digest of the migration files this jar ships (names and contents), stored in the database after
 * a successful migration. When the stored digest equals the jar's, the schema is exactly what these
 * migrations produce and Flyway, whose start-up costs about as much as the rest of termbot's start,
 * has nothing to do. Any difference (a new migration, an edited one, a database from another
 * version) sends the start through Flyway's full validate-and-migrate path, which also refuses
 * newer databases. The SQLite-only folder is part of the digest: a version that exists only there
 * (its SQL differs per database) must send an already-migrated file through Flyway too. Stateless.
 */
final class MigrationFingerprint {
    static final String SETTING = "migrations_fingerprint";
    /** Every folder Flyway reads for SQLite (see {@link SqliteDatabase#open}). */
    private static final List<String> FOLDERS = List.of("db/migration", "db/vendor/sqlite");

    private MigrationFingerprint() {
    }

    /** The digest of the shipped migrations, or empty when they cannot be listed (then Flyway decides). */
    static Optional<String> ofShippedMigrations() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String name : FOLDERS) {
            URL folder = MigrationFingerprint.class.getClassLoader().getResource(name);
            if (folder == null) {
                return Optional.empty();
            }
            try {
                files.putAll("jar".equals(folder.getProtocol()) ? fromJar(folder, name) : fromFolder(Path.of(folder.toURI()), name));
            } catch (URISyntaxException | IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(digest(files));
    }

    /** Whether the database says it was migrated with exactly these files. */
    static boolean matches(Connection connection, String fingerprint) {
        try {
            return InstallSettings.get(connection, SETTING).filter(fingerprint::equals).isPresent();
        } catch (SQLException e) {
            // e.g. no install_settings table yet: a new file, which Flyway must create
            return false;
        }
    }

    static void store(Connection connection, String fingerprint) throws SQLException {
        InstallSettings.put(connection, SETTING, fingerprint);
    }

    private static SortedMap<String, byte[]> fromJar(URL folder, String name) throws IOException {
        JarURLConnection connection = (JarURLConnection) folder.openConnection();
        connection.setUseCaches(false);
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String path = entry.getName();
                // only the folder's own files: db/migration/V1__x.sql, not db/migration/sub/...
                if (path.startsWith(name + "/") && path.endsWith(".sql") && path.indexOf('/', name.length() + 1) < 0) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        files.put(path, in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }

    private static SortedMap<String, byte[]> fromFolder(Path folder, String name) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.filter(path -> path.getFileName().toString().endsWith(".sql")).toList()) {
                files.put(name + "/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static String digest(SortedMap<String, byte[]> files) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
        files.forEach((name, content) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(content);
            sha.update((byte) 0);
        });
        return HexFormat.of().formatHex(sha.digest());
    }
}
