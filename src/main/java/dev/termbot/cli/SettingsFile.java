package dev.termbot.cli;

import dev.termbot.config.Problems;
import dev.termbot.config.YamlDocument;
import dev.termbot.config.YamlMapping;
import dev.termbot.config.YamlText;
import dev.termbot.core.BindAddress;
import dev.termbot.core.ConfigException;
import dev.termbot.core.Durations;
import dev.termbot.core.PlatformProvider;
import dev.termbot.core.SettingsBlock;
import dev.termbot.core.PolicySettings;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code config/termbot.yaml} into {@link Settings}: unknown keys, wrong types and bad values
 * are reported as {@code termbot.yaml:LINE:COL: message}; missing keys keep their defaults.
 * Stateless.
 */
final class SettingsFile {
    static final Path CONVENTIONAL = Path.of("config", "termbot.yaml");
    private static final int MAX_CHARS = 256 * 1024;
    private static final Pattern SCHEDULE = Pattern.compile("([A-Za-z]{3,9})\\s+(\\d{1,2}):(\\d{2})");

    private SettingsFile() {
    }

    /** The settings in force: the file when there is one (explicit, or config/termbot.yaml), else the defaults. */
    static Settings load(Optional<Path> explicit) throws ConfigException {
        if (explicit.isPresent()) {
            return read(explicit.get());
        }
        return Files.isRegularFile(CONVENTIONAL) ? read(CONVENTIONAL) : Settings.DEFAULTS;
    }

    static Settings read(Path file) throws ConfigException {
        return parse(YamlDocument.read(file, MAX_CHARS), file.toString());
    }

    static Settings parse(String yaml, String fileName) throws ConfigException {
        Problems problems = new Problems(fileName);
        Optional<Node> root = YamlDocument.compose(yaml, problems, MAX_CHARS);
        problems.throwIfAny();
        if (root.isEmpty()) {
            return Settings.DEFAULTS;
        }
        Settings settings = new Reader(problems, fileName).settings(root.get());
        problems.throwIfAny();
        return settings;
    }

    /** The glossary section: hot reload, and the review age (empty: not set there). */
    private record GlossarySection(boolean watch, Optional<YamlText> staleAfterDays) {
    }

    /** Walks the document; every problem goes into {@code problems}, defaults fill the gaps. */
    private record Reader(Problems problems, String fileName) {
        Settings settings(Node root) {
            Settings d = Settings.DEFAULTS;
            List<String> keys = new ArrayList<>(List.of("policy", "storage", "digest", "glossary", "http"));
            Platforms.installed().providers().stream().filter(p -> !p.settingsKeys().isEmpty()).map(p -> p.name()).forEach(keys::add);
            Optional<YamlMapping> file = YamlMapping.read(root, "termbot.yaml", keys, problems);
            if (file.isEmpty()) {
                return d;
            }
            YamlMapping top = file.get();
            GlossarySection glossary = section(top, "glossary", List.of("watch", "stale_after_days"), this::glossary,
                    new GlossarySection(d.watchGlossary(), Optional.empty()));
            Settings.Digest digest = section(top, "digest", List.of("schedule", "time_zone", "stale_after_days"), this::digest, d.digest());
            return new Settings(
                    section(top, "policy", List.of("cooldown", "explained_window"), this::policy, d.policy()),
                    section(top, "storage", List.of("database", "retention_days", "postgresql"), this::storage, d.storage()),
                    withReviewAge(digest, glossary.staleAfterDays(), top),
                    glossary.watch(),
                    section(top, "http", List.of("bind", "port"), this::http, d.http()),
                    platforms(top));
        }

        // each platform reads its own block through the neutral SettingsBlock; this file only locates its mistakes
        private Map<String, PlatformSettings<?>> platforms(YamlMapping top) {
            Map<String, PlatformSettings<?>> platforms = new LinkedHashMap<>(Settings.DEFAULTS.platforms());
            for (PlatformProvider<?> provider : Platforms.installed().providers()) {
                if (provider.settingsKeys().isEmpty()) {
                    continue; // a platform without settings has no block
                }
                Optional.ofNullable(section(top, provider.name(), provider.settingsKeys(),
                        m -> PlatformSettings.read(provider, new Block(this, m)), null))
                        .ifPresent(read -> platforms.put(provider.name(), read));
            }
            return platforms;
        }

        private <T> T section(YamlMapping top, String key, List<String> keys, Function<YamlMapping, T> read, T fallback) {
            return top.optional(key).flatMap(node -> YamlMapping.read(node, "'" + key + "'", keys, problems)).map(read).orElse(fallback);
        }

        private GlossarySection glossary(YamlMapping m) {
            Optional<YamlText> stale = text(m, "stale_after_days");
            stale.ifPresent(text -> integer(m, "stale_after_days", 1, 36_500, 1)); // reports a bad value here
            return new GlossarySection(bool(m, "watch", Settings.DEFAULTS.watchGlossary()), stale);
        }

        // The review age belongs to the glossary; 'digest.stale_after_days' is its older place and still
        // read, but the two must not disagree, or the digest and 'glossary check' would judge differently.
        private Settings.Digest withReviewAge(Settings.Digest digest, Optional<YamlText> glossaryAge, YamlMapping top) {
            if (glossaryAge.isEmpty()) {
                return digest;
            }
            int days;
            try {
                days = Integer.parseInt(glossaryAge.get().value());
            } catch (NumberFormatException e) {
                return digest; // already reported with the allowed range
            }
            // read the digest section a second time only to find its value; its problems were reported the first time
            Problems quiet = new Problems("termbot.yaml");
            Optional<YamlText> digestAge = top.optional("digest")
                    .flatMap(node -> YamlMapping.read(node, "'digest'", List.of("schedule", "time_zone", "stale_after_days"), quiet))
                    .flatMap(m -> m.optional("stale_after_days").flatMap(node -> m.text(node, "'stale_after_days'")));
            if (digestAge.isPresent() && !digestAge.get().value().equals(glossaryAge.get().value())) {
                problems.at(glossaryAge.get().node(), "'stale_after_days' is " + glossaryAge.get().value() + " here but "
                        + YamlMapping.shorten(digestAge.get().value()) + " in 'digest' (line " + digestAge.get().line()
                        + "); keep it only here, under 'glossary'");
                return digest;
            }
            return days >= 1 && days <= 36_500 ? new Settings.Digest(digest.day(), digest.time(), digest.zone(), days) : digest;
        }

        private PolicySettings policy(YamlMapping m) {
            PolicySettings d = Settings.DEFAULTS.policy();
            return new PolicySettings(duration(m, "cooldown", d.cooldown()), duration(m, "explained_window", d.explainedWindow()));
        }

        private Settings.Storage storage(YamlMapping m) {
            Settings.Storage d = Settings.DEFAULTS.storage();
            Path database = text(m, "database").map(t -> Path.of(t.value())).orElse(d.database());
            Optional<Settings.Postgresql> postgresql = m.optional("postgresql")
                    .flatMap(node -> YamlMapping.read(node, "'postgresql'", PostgresqlBlock.KEYS, problems))
                    .flatMap(block -> new PostgresqlBlock(problems, fileName).read(block));
            return new Settings.Storage(database, integer(m, "retention_days", 1, 36_500, d.retentionDays()), postgresql);
        }

        private Settings.Digest digest(YamlMapping m) {
            Settings.Digest d = Settings.DEFAULTS.digest();
            DayOfWeek day = d.day();
            LocalTime time = d.time();
            Optional<YamlText> schedule = text(m, "schedule");
            if (schedule.isPresent()) {
                Matcher match = SCHEDULE.matcher(schedule.get().value());
                Optional<DayOfWeek> parsedDay = match.matches() ? weekday(match.group(1)) : Optional.empty();
                int hour = match.matches() ? Integer.parseInt(match.group(2)) : -1;
                int minute = match.matches() ? Integer.parseInt(match.group(3)) : -1;
                if (parsedDay.isEmpty() || hour > 23 || minute > 59 || hour < 0) {
                    problems.at(schedule.get().node(), "'schedule' must be a weekday and a 24-hour time, e.g. \"MON 09:00\"");
                } else {
                    day = parsedDay.get();
                    time = LocalTime.of(hour, minute);
                }
            }
            ZoneId zone = d.zone();
            Optional<YamlText> zoneText = text(m, "time_zone");
            if (zoneText.isPresent()) {
                try {
                    zone = ZoneId.of(zoneText.get().value());
                } catch (DateTimeException e) {
                    problems.at(zoneText.get().node(), "'time_zone' is not a known time zone: '" + zoneText.get().value()
                            + "' (use a region id such as Europe/Berlin, or UTC)");
                }
            }
            return new Settings.Digest(day, time, zone, integer(m, "stale_after_days", 1, 36_500, d.staleAfterDays()));
        }

        private Settings.Http http(YamlMapping m) {
            Settings.Http d = Settings.DEFAULTS.http();
            Optional<YamlText> bind = text(m, "bind");
            bind.filter(b -> !BindAddress.isValid(b.value())).ifPresent(b -> problems.at(b.node(),
                    "'bind' must be an IP address such as 127.0.0.1 or 0.0.0.0, or a host name, not '" + b.value() + "'"));
            return new Settings.Http(bind.map(YamlText::value).orElse(d.bind()), integer(m, "port", 0, 65_535, d.port()));
        }

        private Optional<YamlText> text(YamlMapping m, String key) {
            return m.optional(key).flatMap(node -> m.text(node, "'" + key + "' in " + m.owner()));
        }

        /** A text that may be written as "" to mean "none". */
        private String plain(YamlMapping m, String key, String fallback) {
            Optional<Node> node = m.optional(key);
            if (node.isEmpty()) {
                return fallback;
            }
            if (node.get() instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar) {
                return scalar.getValue().strip();
            }
            problems.at(node.get(), "'" + key + "' in " + m.owner() + " must be a text, not " + YamlMapping.kind(node.get()));
            return fallback;
        }

        private List<String> list(YamlMapping m, String key, List<String> fallback) {
            return m.texts(key, false).map(texts -> texts.stream().map(YamlText::value).toList()).orElse(fallback);
        }

        private Duration duration(YamlMapping m, String key, Duration fallback) {
            Optional<YamlText> text = text(m, key);
            if (text.isEmpty()) {
                return fallback;
            }
            Optional<Duration> parsed = Durations.parse(text.get().value());
            if (parsed.isEmpty()) {
                problems.at(text.get().node(), "'" + key + "' must be a duration such as 45m, 2h or 7d, not '"
                        + YamlMapping.shorten(text.get().value()) + "'");
            }
            return parsed.orElse(fallback);
        }

        private int integer(YamlMapping m, String key, int min, int max, int fallback) {
            Optional<YamlText> text = text(m, key);
            if (text.isEmpty()) {
                return fallback;
            }
            try {
                int value = Integer.parseInt(text.get().value());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below, with the allowed range
            }
            problems.at(text.get().node(), "'" + key + "' must be a whole number from " + min + " to " + max + ", not '"
                    + YamlMapping.shorten(text.get().value()) + "'");
            return fallback;
        }

        private boolean bool(YamlMapping m, String key, boolean fallback) {
            Optional<YamlText> text = text(m, key);
            if (text.isEmpty()) {
                return fallback;
            }
            return switch (text.get().value().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> {
                    problems.at(text.get().node(), "'" + key + "' must be true or false");
                    yield fallback;
                }
            };
        }

        private String choice(YamlMapping m, String key, List<String> allowed, String fallback) {
            Optional<YamlText> text = text(m, key);
            if (text.isEmpty()) {
                return fallback;
            }
            String value = text.get().value().toLowerCase(Locale.ROOT);
            if (!allowed.contains(value)) {
                problems.at(text.get().node(), "'" + key + "' must be one of " + String.join(", ", allowed) + ", not '"
                        + YamlMapping.shorten(text.get().value()) + "'");
                return fallback;
            }
            return value;
        }

        private static Optional<DayOfWeek> weekday(String word) {
            String w = word.toUpperCase(Locale.ROOT);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().startsWith(w) && w.length() >= 3) {
                    return Optional.of(day);
                }
            }
            return Optional.empty();
        }
    }

    /** A platform's block of the file, read with the same checks and messages as the file's own sections. */
    private record Block(Reader reader, YamlMapping mapping) implements SettingsBlock {
        @Override
        public String text(String key, String fallback) {
            return reader.plain(mapping, key, fallback);
        }

        @Override
        public String choice(String key, List<String> allowed, String fallback) {
            return reader.choice(mapping, key, allowed, fallback);
        }

        @Override
        public int integer(String key, int min, int max, int fallback) {
            return reader.integer(mapping, key, min, max, fallback);
        }

        @Override
        public List<String> list(String key, List<String> fallback) {
            return reader.list(mapping, key, fallback);
        }

        @Override
        public Optional<SettingsBlock> block(String key, List<String> keys) {
            return mapping.optional(key).flatMap(node -> YamlMapping.read(node, "'" + key + "'", keys, reader.problems()))
                    .map(nested -> new Block(reader, nested));
        }

        @Override
        public void reject(String key, String problem) {
            reader.problems().at(mapping.optional(key).orElse(mapping.node()), problem);
        }
    }

    /** Environment variables that override the file (documented in the README). */
    static Settings withEnvironment(Settings s, Map<String, String> env) throws ConfigException {
        Optional<Settings.Postgresql> postgresql = PostgresqlBlock.withEnvironment(s.storage().postgresql(), env);
        Settings.Storage storage = new Settings.Storage(nonBlank(env.get("TERMBOT_DB")).map(Path::of).orElse(s.storage().database()),
                s.storage().retentionDays(), postgresql);
        Settings.Http http = nonBlank(env.get("TERMBOT_HTTP_PORT")).flatMap(SettingsFile::port)
                .map(port -> new Settings.Http(s.http().bind(), port)).orElse(s.http());
        Map<String, PlatformSettings<?>> platforms = new LinkedHashMap<>();
        s.platforms().forEach((name, block) -> platforms.put(name, block.withEnvironment(env)));
        return new Settings(s.policy(), storage, s.digest(), s.watchGlossary(), http, platforms);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Optional<Integer> port(String text) {
        try {
            int port = Integer.parseInt(text);
            return port >= 0 && port <= 65_535 ? Optional.of(port) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
