/**
 * The platform-neutral heart of termbot: message and reply values, the {@link dev.termbot.core.Bot}
 * use case, the reply policy, and the ports ({@link dev.termbot.core.ChatPlatform},
 * {@link dev.termbot.core.UsageLog}, {@link dev.termbot.core.PolicyStore}, {@link dev.termbot.core.Detector},
 * {@link dev.termbot.core.TermLookup}) that the outer packages implement.
 *
 * <p>Depends on the JDK only; an ArchUnit test keeps it that way.
 */
package dev.termbot.core;
