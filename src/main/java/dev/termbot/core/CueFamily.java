package dev.termbot.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of words that tell a dispute of a term from a use of it. The glossary lists the words
 * of each family (shared under {@code stance:}, or per rule); the stance analysis holds the grammar
 * that decides when they count, so moderators can add vocabulary without touching code.
 */
public enum CueFamily {
    /** Words right before the term that distance the writer from it: "so-called", "alleged". */
    DISTANCING("distancing"),
    /** Verbs of naming: "calling it X", "they label it X". A dispute only with a judgement, a prohibition or "why". */
    NAMING("naming"),
    /** Words that tell people to stop: "stop saying X", "quit calling it X". */
    PROHIBITIONS("prohibitions"),
    /** Judgements of a name: "X is a misnomer", "calling it X is wrong", scare quotes with "nonsense". */
    JUDGEMENTS("judgements"),
    /** Nouns for a word as a word: "the term X", "the phrase X". */
    TERM_NOUNS("term_nouns"),
    /** Phrases that deny the thing exists: "there's no such thing as X", "X isn't a thing". */
    NONEXISTENCE("nonexistence"),
    /** Words that say what it really is: "X is just Y", "what they call X is really Y". */
    REFRAMES("reframes"),
    /** What the writer would call it instead (per rule): "API abuse", "ToS fraud". */
    BETTER_NAMES("better_names"),
    /** Phrases that rename: "call it what it is", "a better name would be". */
    RENAMINGS("renamings"),
    /** How a reply rejects a quoted claim: "no", "nope", "wrong". */
    REJECTIONS("rejections"),
    /** How a reply agrees with a quoted claim: "yes", "exactly", "this". */
    APPROVALS("approvals"),
    /** Mocking words right before the term: "the dreaded X", "oh no, a scary X". */
    SARCASM("sarcasm");

    private final String key;

    CueFamily(String key) {
        this.key = key;
    }

    /** The family's key in the glossary file. */
    public String key() {
        return key;
    }

    public static Optional<CueFamily> byKey(String key) {
        return Arrays.stream(values()).filter(family -> family.key.equals(key)).findFirst();
    }
}
