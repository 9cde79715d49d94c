package dev.termbot.core;

/** What a usage event records. */
public enum EventKind {
    /** A watched phrase was found in a message. */
    HIT,
    /** A note was posted. */
    REPLIED,
    /** A note was not posted; see {@link SuppressionReason}. */
    SUPPRESSED,
    /** A {@code /define} lookup (found or not). */
    DEFINE
}
