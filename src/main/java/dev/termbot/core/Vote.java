package dev.termbot.core;

/**
 * What a person answered to a passive note. One vote per person per note; a later one replaces it.
 * {@link #key()} is how it is stored and reported (the digest reads these keys).
 */
public enum Vote {
    /** "Helpful": the note explained something worth knowing. */
    HELPFUL("helpful"),
    /** "Not needed here": the person knew it already, or the conversation did not need it. */
    NOT_NEEDED("not_needed");

    private final String key;

    Vote(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
