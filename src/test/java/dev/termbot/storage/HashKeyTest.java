package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashKeyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private static final String ENV_KEY = "an-operator-chosen-secret-0123456789";

    @TempDir
    Path dir;

    @Test
    void a_key_is_generated_once_next_to_the_database_readable_by_the_owner_only() throws Exception {
        Path file = dir.resolve("data/termbot.db");

        String firstHash = optOutHash(file, StorageOptions.defaults());
        Path keyFile = dir.resolve("data/termbot.db.key");
        String keyText = Files.readString(keyFile);
        String secondHash = optOutHash(file, StorageOptions.defaults());

        assertThat(keyFile).isRegularFile();
        assertThat(java.util.Base64.getDecoder().decode(keyText.strip())).hasSize(32);
        if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        }
        assertThat(Files.readString(keyFile)).as("not regenerated").isEqualTo(keyText);
        assertThat(secondHash).isEqualTo(firstHash);
        assertThat(Rows.count(file, "SELECT COUNT(*) FROM install_settings WHERE setting LIKE ?", "%" + keyText.strip() + "%")).isZero();
    }

    @Test
    void the_environment_key_wins_and_no_key_file_is_written() {
        Path file = dir.resolve("termbot.db");
        StorageOptions fromEnv = StorageOptions.fromEnvironment(java.util.Map.of("TERMBOT_HASH_KEY", ENV_KEY));

        String hash = optOutHash(file, fromEnv);

        assertThat(dir.resolve("termbot.db.key")).doesNotExist();
        assertThat(hash).isEqualTo(new UserHasher(ENV_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hash("U-alice"));
    }

    @Test
    void a_short_environment_key_is_refused_without_echoing_it() {
        StorageOptions weak = StorageOptions.defaults().withHashKey(Optional.of("short-secret"));

        assertThatThrownBy(() -> Storage.open(dir.resolve("termbot.db"), CLOCK, weak))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("TERMBOT_HASH_KEY is too short")
                .hasMessageNotContaining("short-secret");
    }

    @Test
    void a_different_key_is_refused_until_an_operator_accepts_it() {
        // GIVEN a database written with one key
        Path file = dir.resolve("termbot.db");
        optOutHash(file, StorageOptions.defaults().withHashKey(Optional.of(ENV_KEY)));

        // WHEN it is opened with another (say the key file was lost)
        // THEN it is refused with a message saying what to do
        assertThatThrownBy(() -> Storage.open(file, CLOCK, StorageOptions.defaults()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("hash key is not the one")
                .hasMessageContaining("termbot db accept-hash-key");
        // AND accepting it on purpose makes the new key the one in force
        Storage.open(file, CLOCK, StorageOptions.defaults().withAcceptNewHashKey(true)).close();
        Storage.open(file, CLOCK, StorageOptions.defaults()).close();
        assertThatThrownBy(() -> Storage.open(file, CLOCK, StorageOptions.defaults().withHashKey(Optional.of(ENV_KEY))))
                .isInstanceOf(StorageException.class);
    }

    private static String optOutHash(Path file, StorageOptions options) {
        try (Storage storage = Storage.open(file, CLOCK, options)) {
            storage.policyStore().setOptedOut("slack", "T1", "U-alice", true);
        }
        return (String) Rows.query(file, "SELECT user_hash FROM opted_out_users").get(0).get(0);
    }
}
