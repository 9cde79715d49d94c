package dev.termbot.core;

import java.util.List;
import java.util.Optional;

/**
 * One platform's block of the settings file (for example {@code slack:}), read through typed getters
 * so a platform never sees the YAML library or the config package. A missing key gives the fallback;
 * a wrong one is reported by the implementation as {@code file:line:col: message} (collected with the
 * file's other problems and thrown as a {@link ConfigException}) and also gives the fallback, so one
 * run of {@code termbot config check} lists every mistake.
 */
public interface SettingsBlock {
    /** A text; "" written in the file means "none". */
    String text(String key, String fallback);

    /** One of {@code allowed} (compared in lower case); anything else is reported. */
    String choice(String key, List<String> allowed, String fallback);

    /** A whole number from {@code min} to {@code max}; anything else is reported. */
    int integer(String key, int min, int max, int fallback);

    /** A list of texts. */
    List<String> list(String key, List<String> fallback);

    /**
     * A nested mapping such as {@code shards: {total: 4, ids: 0-1}}, read with the same checks (an
     * unknown key or a value that is not a mapping is reported); empty when the key is absent.
     */
    Optional<SettingsBlock> block(String key, List<String> keys);

    /** Reports a value the platform itself rejects (such as a malformed id), located at {@code key}. */
    void reject(String key, String problem);
}
