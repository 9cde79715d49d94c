package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.Installation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Installations in a real SQLite file and a real PostgreSQL database: kept across a reopen, one per workspace, deleted once. */
class SqlInstallationStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-05T08:00:00Z");

    @TempDir
    Path dir;

    private Storage open(StoreKind kind) {
        return kind.open(dir, Clock.fixed(T0, ZoneOffset.UTC), StorageOptions.fromEnvironment(Map.of()));
    }

    private static Installation installation(String workspace, String sealed, Instant at) {
        return new Installation("slack", workspace, "U0BOT" + workspace, sealed, at);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void an_installation_survives_a_reopen(StoreKind kind) {
        try (Storage storage = open(kind)) {
            storage.installations().save(installation("T1", "v1.sealed-one", T0));
        }
        try (Storage storage = open(kind)) {
            assertThat(storage.installations().find("slack", "T1")).contains(installation("T1", "v1.sealed-one", T0));
            assertThat(storage.installations().find("slack", "T2")).isEmpty();
            assertThat(storage.installations().find("discord", "T1")).as("another platform").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void a_reinstall_replaces_the_row_and_delete_forgets_it_once(StoreKind kind) {
        try (Storage storage = open(kind)) {
            storage.installations().save(installation("T1", "v1.first", T0));
            storage.installations().save(installation("T2", "v1.other", T0));
            storage.installations().save(installation("T1", "v1.second", T0.plusSeconds(60)));

            assertThat(storage.installations().find("slack", "T1")).contains(installation("T1", "v1.second", T0.plusSeconds(60)));
            assertThat(storage.installations().delete("slack", "T1")).isTrue();
            assertThat(storage.installations().delete("slack", "T1")).as("a repeated uninstall").isFalse();
            assertThat(storage.installations().find("slack", "T1")).isEmpty();
            assertThat(storage.installations().find("slack", "T2")).as("the other workspace").isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void an_installation_never_prints_its_sealed_token(StoreKind kind) {
        try (Storage storage = open(kind)) {
            storage.installations().save(installation("T1", "v1.sealed-secret-bytes", T0));
            assertThat(storage.installations().find("slack", "T1").orElseThrow().toString())
                    .contains("T1").doesNotContain("sealed-secret-bytes");
        }
    }
}
