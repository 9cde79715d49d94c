package dev.termbot.cli;

import dev.termbot.core.PolicySettings;
import dev.termbot.storage.PostgresDatabase;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything {@code config/termbot.yaml} can say, with the defaults an empty file gets. Secrets
 * are not here: they come from environment variables only.
 *
 * @param policy        cooldown and explained window
 * @param storage       database file and retention
 * @param digest        when the weekly digest is posted and how stale entries are judged
 * @param watchGlossary whether edits to the glossary file are picked up while running
 * @param http          where health and metrics are served
 * @param platforms     each chat platform's own block, by name, in registration order (see {@link Platforms})
 */
record Settings(PolicySettings policy, Storage storage, Digest digest, boolean watchGlossary, Http http,
                Map<String, PlatformSettings<?>> platforms) {

    static final Settings DEFAULTS = new Settings(PolicySettings.DEFAULTS,
            new Storage(Path.of("data", "termbot.db"), 90),
            new Digest(DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("UTC"), 180),
            true,
            new Http("127.0.0.1", 8080),
            Platforms.installed().defaults());

    Settings {
        platforms = Collections.unmodifiableMap(new LinkedHashMap<>(platforms));
    }

    /** The settings of the platform called {@code name}, as its provider reads them. */
    Object platform(String name) {
        PlatformSettings<?> block = platforms.get(name);
        if (block == null) {
            throw new IllegalArgumentException("no platform '" + name + "'; known: " + String.join(", ", platforms.keySet()));
        }
        return block.settings();
    }

    /** These settings with another database file (a command's {@code --db}). */
    Settings withDatabase(Path database) {
        return new Settings(policy, new Storage(database, storage.retentionDays(), storage.postgresql()), digest, watchGlossary,
                http, platforms);
    }

    /**
     * @param database      SQLite file (with PostgreSQL only the remembered inflections live beside it)
     * @param retentionDays usage rows older than this are purged
     * @param postgresql    the shared PostgreSQL database, when the file or {@code TERMBOT_DATABASE_URL} names one
     */
    record Storage(Path database, int retentionDays, Optional<Postgresql> postgresql) {
        Storage(Path database, int retentionDays) {
            this(database, retentionDays, Optional.empty());
        }
    }

    /**
     * Where the shared store is: the URL, and the names of the environment variables that hold the
     * user and the password (never the password itself: secrets only come from the environment).
     *
     * @param url         a {@code jdbc:postgresql://} URL without a password
     * @param userEnv     variable holding the user name (may be unset when the URL names the user)
     * @param passwordEnv variable holding the password (may be unset, e.g. for a trusted local socket)
     * @param origin      where the URL was written, to point at it when the environment disagrees;
     *                    empty when it came from {@code TERMBOT_DATABASE_URL}
     */
    record Postgresql(String url, String userEnv, String passwordEnv, Optional<Origin> origin) {
        /** The database this names, with the user and password read from their variables now. */
        PostgresDatabase database(Map<String, String> env) {
            return PostgresDatabase.at(url, env.get(userEnv), env.get(passwordEnv));
        }
    }

    /** A place in the settings file, for a problem found after parsing. */
    record Origin(String file, int line, int column) {
    }

    /**
     * @param day            weekday the digest is posted
     * @param time           local time it is posted
     * @param zone           zone of the schedule and of the digest's ISO weeks
     * @param staleAfterDays entries reviewed longer ago than this are listed as stale
     */
    record Digest(DayOfWeek day, LocalTime time, ZoneId zone, int staleAfterDays) {
    }

    /** @param bind address of the health and metrics server; @param port its port */
    record Http(String bind, int port) {
    }
}
