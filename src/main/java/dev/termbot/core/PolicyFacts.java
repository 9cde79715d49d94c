package dev.termbot.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@link ReplyPolicy} reads from its {@link PolicyStore} before it claims a note, read together
 * ({@link PolicyStore#factsFor}): a database answers in one statement instead of five, on the path
 * every message with a hit takes before it is answered.
 *
 * @param optedOut         the author opted out of notes in this workspace
 * @param muted            a moderator muted notes in this channel
 * @param cooldownOverride this channel's own cooldown, if a moderator set one
 * @param lastNote         when a note on the rule was last posted in this channel/thread
 * @param lastExplained    when the rule was last explained to the author (anywhere in the workspace)
 */
public record PolicyFacts(boolean optedOut, boolean muted, Optional<Duration> cooldownOverride, Optional<Instant> lastNote,
                          Optional<Instant> lastExplained) {
}
