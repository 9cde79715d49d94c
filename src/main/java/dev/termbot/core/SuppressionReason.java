package dev.termbot.core;

/** Why a note was not posted although a rule fired. */
public enum SuppressionReason {
    COOLDOWN("cooldown"),
    ALREADY_EXPLAINED("already_explained"),
    OPTED_OUT("opted_out"),
    MUTED("muted"),
    BOT_AUTHOR("bot_author"),
    /** The same message was delivered again (retry, gateway replay); never counted as a user-visible suppression. */
    DUPLICATE("duplicate"),
    /**
     * Every hit was disputed by its writer under a quiet rule. Not stored as a suppression: the hits
     * themselves are stored with their stance, and the digest counts them from there.
     */
    DISPUTED("disputed");

    private final String key;

    SuppressionReason(String key) {
        this.key = key;
    }

    /** The stable snake_case name used in storage and in the digest's JSON. */
    public String key() {
        return key;
    }
}
