package dev.termbot.core;

/**
 * How the writer stands towards a watched phrase they wrote. Only a {@link #USE} tells the bot a
 * note could help; a {@link #DISPUTED} hit is logged but, under a quiet rule, not answered.
 */
public enum Stance {
    /** The writer uses the term, reports someone else's use, or asks about it. */
    USE("use"),
    /** The writer already questions the term (scare quotes, "so-called", "calling it X is wrong", ...). */
    DISPUTED("disputed");

    private final String key;

    Stance(String key) {
        this.key = key;
    }

    /** The stable lower-case name used in {@code scan} output, storage and the digest. */
    public String key() {
        return key;
    }
}
