package dev.termbot.ops;

import dev.termbot.core.PlatformProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Replaces secrets in text with {@value #REDACTED} before it reaches a log. Two kinds are caught:
 * the values of the secret environment variables (the ones each registered {@link PlatformProvider}
 * names, {@code TERMBOT_HASH_KEY}, and any variable under {@code TERMBOT_} or a platform's own prefix,
 * such as {@code SLACK_} or {@code DISCORD_}, whose name ends in TOKEN, SECRET, KEY or PASSWORD), and
 * anything shaped like a Slack token ({@code xoxb-...}, {@code xapp-...}) or a Discord bot token,
 * configured or not. The platforms are asked through {@link ServiceLoader}, the same registration the
 * command line uses, so a new platform's token is hidden without an edit here.
 *
 * <p>The process-wide instance reads {@link System#getenv()} when this class loads, so logs are
 * protected even before the command line calls {@link #install}; {@code install} replaces it.
 * Values shorter than {@value #MIN_SECRET_LENGTH} characters are not redacted (they would blank out
 * ordinary words) and are reported once as a warning instead. Immutable and thread-safe.
 */
public final class SecretRedactor {
    public static final String REDACTED = "[REDACTED]";
    static final int MIN_SECRET_LENGTH = 6;

    /** termbot's own secrets (the key of the user hashes, the database password); the platforms name theirs. */
    private static final List<String> OWN_SECRETS = List.of("TERMBOT_HASH_KEY", "TERMBOT_DATABASE_PASSWORD");
    /** May carry the database password ({@code ?password=...} or {@code //user:password@host}). */
    static final String DATABASE_URL_VARIABLE = "TERMBOT_DATABASE_URL";
    private static final Pattern URL_PASSWORD = Pattern.compile("[?&]password=([^&]+)|//[^/:@]+:([^/@]+)@");
    private static final List<PlatformProvider<?>> PLATFORMS = ServiceLoader.load(PlatformProvider.class).stream()
            .<PlatformProvider<?>>map(ServiceLoader.Provider::get).toList();
    private static final Set<String> SECRET_VARIABLES = secretVariables(PLATFORMS);
    private static final Pattern SECRET_NAME = secretNamePattern(PLATFORMS);
    // Slack tokens (xoxb-, xoxp-, xoxa-, xoxr-, ... and app-level xapp-) and Discord bot tokens
    // (base64 user id . timestamp . HMAC); both shapes are distinctive enough to redact on sight.
    private static final Pattern TOKEN_SHAPES = Pattern.compile(
            "xox[a-z]-[A-Za-z0-9-]{8,}"
                    + "|xapp-[A-Za-z0-9-]{8,}"
                    + "|[A-Za-z0-9_-]{23,28}\\.[A-Za-z0-9_-]{6,7}\\.[A-Za-z0-9_-]{27,40}");

    private static volatile SecretRedactor current = fromEnvironment(System.getenv());

    private final List<String> secrets;

    private SecretRedactor(List<String> secrets) {
        this.secrets = secrets;
    }

    /**
     * Reads the secret values from {@code env} (normally {@link System#getenv()}) and makes them the
     * ones every termbot log encoder redacts from now on. Call once at start, before connecting.
     */
    public static void install(Map<String, String> env) {
        SecretRedactor redactor = fromEnvironment(env);
        current = redactor;
        List<String> tooShort = env.entrySet().stream()
                .filter(e -> isSecretName(e.getKey()) && e.getValue() != null)
                .filter(e -> !e.getValue().isBlank() && e.getValue().strip().length() < MIN_SECRET_LENGTH)
                .map(Map.Entry::getKey).sorted().toList();
        if (!tooShort.isEmpty()) {
            // names only: the point is that these values cannot be safely hidden
            Logger log = LoggerFactory.getLogger(SecretRedactor.class);
            log.warn("Secrets too short to redact from logs (set longer values): {}", tooShort);
        }
    }

    /** The instance the log encoders use now. */
    public static SecretRedactor current() {
        return current;
    }

    /** A redactor for exactly these environment values (tests, and {@link #install}). */
    static SecretRedactor fromEnvironment(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        List<String> values = Stream.concat(env.entrySet().stream()
                .filter(e -> isSecretName(e.getKey()) && e.getValue() != null)
                .map(e -> e.getValue().strip()), passwordIn(env.get(DATABASE_URL_VARIABLE)))
                .filter(v -> v.length() >= MIN_SECRET_LENGTH)
                .distinct()
                // longest first, so a secret that contains another is replaced whole
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        return new SecretRedactor(values);
    }

    /** The password a JDBC URL carries, if any. */
    private static Stream<String> passwordIn(String url) {
        if (url == null) {
            return Stream.empty();
        }
        Matcher matcher = URL_PASSWORD.matcher(url);
        Stream.Builder<String> found = Stream.builder();
        while (matcher.find()) {
            found.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return found.build();
    }

    private static Set<String> secretVariables(List<PlatformProvider<?>> platforms) {
        Set<String> names = new HashSet<>(OWN_SECRETS);
        platforms.forEach(platform -> names.addAll(platform.secretVariables()));
        return Set.copyOf(names);
    }

    private static Pattern secretNamePattern(List<PlatformProvider<?>> platforms) {
        Stream<String> prefixes = Stream.concat(Stream.of("TERMBOT_"),
                platforms.stream().map(PlatformProvider::environmentPrefix).filter(prefix -> !prefix.isEmpty()));
        return Pattern.compile("(?:" + prefixes.map(Pattern::quote).collect(Collectors.joining("|"))
                + ")\\w*(TOKEN|SECRET|KEY|PASSWORD)");
    }

    static boolean isSecretName(String name) {
        return name != null && (SECRET_VARIABLES.contains(name) || SECRET_NAME.matcher(name).matches());
    }

    /** {@code text} with every known secret and token-shaped string replaced; null stays null. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : secrets) {
            if (result.contains(secret)) {
                result = result.replace(secret, REDACTED);
            }
        }
        return TOKEN_SHAPES.matcher(result).replaceAll(Matcher.quoteReplacement(REDACTED));
    }
}
