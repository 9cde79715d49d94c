package dev.termbot.core;

/** Who removed a passive note; {@link #key()} is how it is stored. */
public enum RemovedBy {
    /** The person whose message the note answered. */
    AUTHOR("author"),
    /** A moderator of the workspace or server. */
    MODERATOR("moderator");

    private final String key;

    RemovedBy(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
