package dev.termbot.core;

import java.util.List;

/**
 * Finds watched phrases in a chat message. Implementations must be fast (every message passes
 * through), must never throw on any input, and must report spans inside the original text.
 *
 * <p>Implementations are immutable and safe for use by many threads.
 */
public interface Detector {
    /** Hits in text order; empty when nothing is found. */
    List<Hit> detect(String text, Markup markup);
}
