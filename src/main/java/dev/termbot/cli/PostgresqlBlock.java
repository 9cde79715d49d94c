package dev.termbot.cli;

import dev.termbot.config.Problems;
import dev.termbot.config.YamlMapping;
import dev.termbot.config.YamlText;
import dev.termbot.core.ConfigException;
import dev.termbot.storage.PostgresDatabase;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code storage.postgresql} of the settings file and reconciles it with
 * {@code TERMBOT_DATABASE_URL}:
 *
 * <pre>
 * storage:
 *   postgresql:
 *     url: jdbc:postgresql://db.internal:5432/termbot
 *     user_env: TERMBOT_DATABASE_USER          # the default
 *     password_env: TERMBOT_DATABASE_PASSWORD  # the default
 * </pre>
 *
 * The file names the database and the variables; the password itself never goes into the file (a
 * URL carrying one is refused), and the password's variable must be a {@code TERMBOT_...PASSWORD}
 * name, because those are the ones every log line is redacted of. When the environment names a
 * database too, both must name the same one: processes that disagree on which state they share
 * would each believe they decide alone, so a difference stops the start rather than picking one.
 */
final class PostgresqlBlock {
    static final List<String> KEYS = List.of("url", "user_env", "password_env");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern REDACTED_VARIABLE = Pattern.compile("TERMBOT_[A-Za-z0-9_]*PASSWORD");
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("[?&;]password=|//[^/@?]*:[^/@?]*@");

    private final Problems problems;
    private final String fileName;

    PostgresqlBlock(Problems problems, String fileName) {
        this.problems = problems;
        this.fileName = fileName;
    }

    /** The block's database, or empty when it is unusable (every problem is reported). */
    Optional<Settings.Postgresql> read(YamlMapping block) {
        Optional<YamlText> url = block.text("url");
        String userEnv = variable(block, "user_env", PostgresDatabase.USER_VARIABLE, VARIABLE,
                "'user_env' must be the name of an environment variable, such as " + PostgresDatabase.USER_VARIABLE);
        String passwordEnv = variable(block, "password_env", PostgresDatabase.PASSWORD_VARIABLE, REDACTED_VARIABLE,
                "'password_env' must be the name of an environment variable that starts with TERMBOT_ and ends in PASSWORD"
                        + " (those are redacted from every log line), such as " + PostgresDatabase.PASSWORD_VARIABLE);
        if (url.isEmpty() || !validUrl(url.get(), passwordEnv)) {
            return Optional.empty();
        }
        var mark = url.get().node().getStartMark();
        return Optional.of(new Settings.Postgresql(url.get().value(), userEnv, passwordEnv,
                Optional.of(new Settings.Origin(fileName, mark.getLine() + 1, mark.getColumn() + 1))));
    }

    private boolean validUrl(YamlText url, String passwordEnv) {
        String value = url.value();
        if (!value.startsWith("jdbc:postgresql://")) {
            problems.at(url.node(), "'url' must be a PostgreSQL JDBC URL such as jdbc:postgresql://db.internal:5432/termbot, not '"
                    + YamlMapping.shorten(value) + "'");
            return false;
        }
        if (PASSWORD_IN_URL.matcher(value.toLowerCase(Locale.ROOT)).find()) {
            problems.at(url.node(), "'url' must not hold a password (settings files are not secret): remove it and set "
                    + passwordEnv + " in the environment");
            return false;
        }
        return true;
    }

    private String variable(YamlMapping block, String key, String fallback, Pattern allowed, String problem) {
        Optional<YamlText> name = block.optional(key).flatMap(node -> block.text(node, "'" + key + "' in 'postgresql'"));
        if (name.isEmpty()) {
            return fallback;
        }
        if (!allowed.matcher(name.get().value()).matches()) {
            problems.at(name.get().node(), problem + ", not '" + YamlMapping.shorten(name.get().value()) + "'");
            return fallback;
        }
        return name.get().value();
    }

    /**
     * The database in force: the file's, {@code TERMBOT_DATABASE_URL}'s (with the standard user and
     * password variables), or none. When both name one, they must be the same URL.
     */
    static Optional<Settings.Postgresql> withEnvironment(Optional<Settings.Postgresql> fromFile, Map<String, String> env)
            throws ConfigException {
        String fromEnv = env.get(PostgresDatabase.URL_VARIABLE);
        if (fromEnv == null || fromEnv.isBlank()) {
            return fromFile;
        }
        String url = fromEnv.strip();
        if (fromFile.isEmpty()) {
            return Optional.of(new Settings.Postgresql(url, PostgresDatabase.USER_VARIABLE, PostgresDatabase.PASSWORD_VARIABLE,
                    Optional.empty()));
        }
        Settings.Postgresql file = fromFile.get();
        if (!file.url().equals(url)) {
            Settings.Origin at = file.origin().orElseThrow();
            throw new ConfigException(at.file(), at.line(), at.column(), "'url' is " + PostgresDatabase.shown(file.url())
                    + " here but " + PostgresDatabase.URL_VARIABLE + " is " + PostgresDatabase.shown(url)
                    + "; name the database in one place only (or the same URL in both)");
        }
        return fromFile;
    }
}
