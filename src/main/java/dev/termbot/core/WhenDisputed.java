package dev.termbot.core;

/** What a rule does when every hit of a message is {@link Stance#DISPUTED}: the glossary's {@code when_disputed}. */
public enum WhenDisputed {
    /** Log the hits, post nothing: the writer already agrees with the note. The default. */
    QUIET("quiet"),
    /** Post the note anyway (for rules whose note adds facts even to people who dispute the term). */
    NOTE("note");

    private final String key;

    WhenDisputed(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
