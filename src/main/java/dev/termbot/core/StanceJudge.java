package dev.termbot.core;

import java.util.List;

/**
 * Decides the {@link Stance} of each hit of a message. Runs only on messages that have hits, so it
 * may afford language analysis the detector cannot. Implementations never throw, return the same
 * hits (same count, order and spans) with only their stance set, and are safe for many threads.
 */
public interface StanceJudge {
    /** Judges nothing: every hit stays a use (tests, and tools that only want spans). */
    StanceJudge NONE = (text, markup, hits) -> hits;

    List<Hit> judge(String text, Markup markup, List<Hit> hits);
}
