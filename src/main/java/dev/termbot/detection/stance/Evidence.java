package dev.termbot.detection.stance;

/** What the stance grammar found around a hit; the reasons a hit is judged disputed (or kept a use). */
enum Evidence {
    /** "so-called X", "alleged X". */
    DISTANCED(true),
    /** "the term X", "the phrase 'X'". */
    TERM_TALK(true),
    /** "there's no such thing as X", "X isn't a thing". */
    DENIED_EXISTENCE(true),
    /** "X is a misnomer", "X is a horrible term". */
    JUDGED(true),
    /** "X is just API abuse", "X is really ToS fraud". */
    REFRAMED(true),
    /** "calling it X is wrong", "stop saying X", "why do we call it X?", "what they call X is really Y". */
    NAMING_OBJECTED(true),
    /** "it's not X, it's API abuse", "~~X~~ API abuse". */
    CORRECTED(true),
    /** "call it what it is", "a better name would be". */
    RENAMED(true),
    /** A quoted message with X, then the writer's "no, it's account fraud". */
    REBUTTED(true),
    /** X in scare quotes: a dispute only with support (a judgement, a better name, mockery). */
    SCARE_QUOTED(false),
    /** "the dreaded X", "lol": a dispute only with support. */
    MOCKED(false),
    /** Another cue backs scare quotes or mockery up: a judgement, a better name, "lol", a rejection. */
    SUPPORTED(false),
    /** A judgement denied: "X is not a misnomer", "I don't think X is marketing". Keeps the hit a use. */
    DEFENDED(false),
    /** A yes/no question about the name: "is X a misnomer?" asks, it does not dispute. Keeps the hit a use. */
    ASKED(false);

    private final boolean strong;

    Evidence(boolean strong) {
        this.strong = strong;
    }

    /** Whether this alone makes a dispute. */
    boolean strong() {
        return strong;
    }
}
