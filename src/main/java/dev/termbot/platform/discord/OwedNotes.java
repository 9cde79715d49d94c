package dev.termbot.platform.discord;

import dev.termbot.core.Bot;
import dev.termbot.core.Confirmations;
import dev.termbot.core.Knowledge;
import dev.termbot.core.NoteLedger;
import dev.termbot.core.PendingNote;
import dev.termbot.core.Replies;
import dev.termbot.core.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.attribute.IGuildChannelContainer;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the notes the ledger says are owed on Discord and confirms or releases each.
 *
 * <p>JDA waits out 429s itself (per route, without blocking a thread) and retries 502/503/504, but
 * not a 500: that is retried here, on a timer, with a doubling backoff and bounded attempts. A
 * retried note carries the same nonce, which JDA sends with {@code enforce_nonce}, so Discord
 * returns the earlier message instead of creating a second one (Discord keeps nonces for a few
 * minutes). After the last attempt, or any other failure, the claim is released (no cooldown).
 *
 * <p>A confirmed post is recorded by {@link Confirmations}, together with others; a failed one
 * releases its claim at once, on JDA's callback thread (rare, and nothing waits for it).
 *
 * <p>Notes a stop or a crash left owed are posted by {@link #recover} once the session is ready.
 * Thread-safe.
 */
final class OwedNotes implements AutoCloseable {
    static final int MAX_ATTEMPTS = 4;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(OwedNotes.class);

    private final Bot bot;
    private final NoteLedger ledger;
    private final DiscordSettings.ReplyMode mode;
    private final PendingReplies pending;
    private final Confirmations confirmations;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "termbot-discord-retry");
        thread.setDaemon(true);
        return thread;
    });

    OwedNotes(Bot bot, DiscordSettings.ReplyMode mode, PendingReplies pending, Confirmations confirmations) {
        this.bot = bot;
        this.ledger = bot.policy().ledger();
        this.mode = mode;
        this.pending = pending;
        this.confirmations = confirmations;
    }

    /** Posts through {@code action}, made afresh for every attempt. */
    void post(PendingNote note, Reply reply, Instant receivedAt, Supplier<RestAction<?>> action) {
        attempt(note, reply, receivedAt, action, 1, false);
    }

    /** As {@link #post}, for a note whose first attempt was already counted (in the decision's transaction). */
    void postCounted(PendingNote note, Reply reply, Instant receivedAt, Supplier<RestAction<?>> action) {
        attempt(note, reply, receivedAt, action, 1, true);
    }

    /** The nonce of a note: the same for every attempt, different for every note. */
    static String nonce(PendingNote note) {
        return "termbot" + (note.id() < 0 ? "m" + -note.id() : Long.toString(note.id()));
    }

    /**
     * Queues every owed Discord note left by a stop or a crash in a guild of {@code shards}; returns
     * how many. Notes of guilds on other shards belong to the processes that run them (a shared
     * store holds them all): they are left alone, not released.
     */
    int recover(IGuildChannelContainer<Channel> channels, DiscordShards shards) {
        int queued = 0;
        Knowledge knowledge = bot.knowledge();
        for (PendingNote note : ledger.recoverable(Places.PLATFORM)) {
            if (!shards.owns(note.where().workspace())) {
                continue;
            }
            String channelId = note.where().thread().isEmpty() ? note.where().channel() : note.where().thread();
            GuildMessageChannel channel = channels.getChannelById(GuildMessageChannel.class, channelId);
            Optional<Reply> reply = Replies.noteFor(knowledge, note.ruleId());
            if (channel == null || reply.isEmpty()) {
                // the channel or the rule is gone: there is nowhere, or nothing, to post
                ledger.release(note);
                continue;
            }
            post(note, reply.get(), note.claimedAt(), () -> mode == DiscordSettings.ReplyMode.REACT
                    ? channel.addReactionById(note.messageId(), PassiveNotes.NOTE_EMOJI)
                    : ReplyMessages.withNoteControls(channel.sendMessageEmbeds(ReplyMessages.noteEmbed(reply.get())),
                                    reply.get(), note.authorId())
                            .setMessageReference(note.messageId()).failOnInvalidReply(true).setNonce(nonce(note)));
            queued++;
        }
        if (queued > 0) {
            LOG.info("Discord: {} owed notes from before the last stop queued", queued);
        }
        return queued;
    }

    private void attempt(PendingNote note, Reply reply, Instant receivedAt, Supplier<RestAction<?>> action, int number,
                         boolean counted) {
        try {
            if (!counted) {
                ledger.attempting(note);
            }
            // stamped now (the cooldown starts at the confirmation), written with others by Confirmations
            pending.queue(action.get(), done -> confirmations.confirmed(bot.delivered(note, reply, receivedAt)),
                    failure -> failed(note, reply, receivedAt, action, number, failure));
        } catch (PermissionException e) {
            // JDA checks permissions before sending; a missing one is the server's setup, not a bug
            LOG.warn("missing permission {} to post a note in guild {} channel {}", e.getPermission(),
                    note.where().workspace(), note.where().channel());
            bot.noteFailed(note);
        }
    }

    private void failed(PendingNote note, Reply reply, Instant receivedAt, Supplier<RestAction<?>> action, int number,
                        Throwable failure) {
        if (serverError(failure) && number < MAX_ATTEMPTS) {
            Duration wait = FIRST_BACKOFF.multipliedBy(1L << (number - 1));
            LOG.info("Discord answered a note with a server error; retrying in {} ms (attempt {} of {})",
                    wait.toMillis(), number, MAX_ATTEMPTS);
            try {
                timer.schedule(() -> attempt(note, reply, receivedAt, action, number + 1, false), wait.toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                LOG.info("Discord: stopping; the note stays owed for the next start");
            }
            return;
        }
        LOG.warn("could not deliver a note in guild {} channel {}: {}; its claim is released", note.where().workspace(),
                note.where().channel(), failure.toString());
        bot.noteFailed(note);
    }

    private static boolean serverError(Throwable failure) {
        return failure instanceof ErrorResponseException e && e.getResponse() != null
                && e.getResponse().code >= 500;
    }

    /** Retries not yet due are dropped: their notes stay owed for the next start. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
