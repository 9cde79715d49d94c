package dev.termbot.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps {@link ChannelNames} current without asking the platform or the database on every message.
 * An adapter reports each message with a hit (only channels with hits appear in the digest):
 * <ul>
 *   <li>{@link #seen} when the event carries the channel's name (Discord): the name is written
 *       when it is new or changed, and otherwise at most once per {@link #REFRESH} to renew its
 *       {@code seen_at};</li>
 *   <li>{@link #lookUpWhenDue} when the name must be asked for (Slack's {@code conversations.info}):
 *       at most once per channel per {@link #REFRESH}, and not at all when the database already has
 *       a name read within that time (by this process before a restart, or by another process);
 *       a failed lookup is tried again after {@link #RETRY}.</li>
 * </ul>
 * Names from events are gathered and written together, in one call of the store per turn of the
 * worker. Lookups and writes run in order on one daemon thread of their own, never on the thread that
 * acknowledges the platform's event; when more than {@link #QUEUE} are waiting, new ones are dropped
 * (and tried again after {@link #RETRY}). A failure is logged, never thrown into the chat.
 *
 * <p>Thread-safe.
 */
public final class ChannelNameCache implements AutoCloseable {
    /** How long a name is trusted before the platform is asked again: a rename shows within a day. */
    public static final Duration REFRESH = Duration.ofDays(1);
    /** How long after a failed (or dropped) lookup the next one may go. */
    public static final Duration RETRY = Duration.ofHours(1);
    static final int QUEUE = 1_000;

    private final ChannelNames store;
    private final Clock clock;
    private final Consumer<String> warn;
    private final Map<Where, Known> known = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor worker;
    private final BlockingQueue<Unwritten> unwritten = new LinkedBlockingQueue<>(QUEUE);
    /** Whether a write of {@link #unwritten} is queued on the worker and has not begun. */
    private final AtomicBoolean writeQueued = new AtomicBoolean();

    /** A name {@link #seen} queued for the next write, with the entry to forget if that write fails. */
    private record Unwritten(Where channel, Known entry, ChannelName name) {
    }

    /** What this process knows of a channel: its name (null until known) and when to look again. */
    private record Known(String name, Instant nextCheck) {
    }

    /** @param warn where a failure is reported (the adapter's log): one line, never thrown into the chat */
    public ChannelNameCache(ChannelNames store, Clock clock, Consumer<String> warn) {
        this.store = store;
        this.clock = clock;
        this.warn = warn;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), runnable -> {
            Thread thread = new Thread(runnable, "termbot-channel-names");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Whether names are kept at all; when not, adapters skip their lookups. */
    public boolean keeps() {
        return store.keeps();
    }

    /** The channel's name came with the event: stores it when new, changed, or not renewed for a day. */
    public void seen(Where where, String name) {
        if (!keeps() || name == null || name.isBlank()) {
            return;
        }
        Where channel = where.channelOnly();
        Instant now = clock.instant();
        Known before = known.get(channel);
        if (before != null && name.equals(before.name()) && now.isBefore(before.nextCheck())) {
            return;
        }
        Known entry = new Known(name, now.plus(REFRESH));
        known.put(channel, entry);
        if (!unwritten.offer(new Unwritten(channel, entry,
                new ChannelName(channel.platform(), channel.workspace(), channel.channel(), name, now)))) {
            known.remove(channel, entry); // too many waiting: the next message with a hit tries again
            return;
        }
        if (writeQueued.compareAndSet(false, true) && !submit(this::writeUnwritten)) {
            writeQueued.set(false); // the worker is full or stopped: the next name seen queues the write again
        }
    }

    /**
     * Writes every name {@link #seen} queued, in one call of the store. Why gathered: a burst of
     * messages in channels new to this process wrote one name each, every write with a connection
     * and a commit of its own, on SQLite's one write lock the chat path needs too.
     */
    private void writeUnwritten() {
        writeQueued.set(false); // first: a name queued from now on queues another write
        List<Unwritten> batch = new ArrayList<>();
        unwritten.drainTo(batch);
        if (batch.isEmpty()) {
            return;
        }
        try {
            store.rememberAll(batch.stream().map(Unwritten::name).toList());
        } catch (RuntimeException e) {
            batch.forEach(u -> known.remove(u.channel(), u.entry())); // not written: the next message with a hit tries again
            throw e;
        }
    }

    /**
     * Asks {@code lookup} for the channel's name when it is due; {@code lookup} runs on this cache's
     * thread and answers empty when the platform could not tell (or the channel must not be named).
     */
    public void lookUpWhenDue(Where where, Supplier<Optional<String>> lookup) {
        if (!keeps()) {
            return;
        }
        Where channel = where.channelOnly();
        Instant now = clock.instant();
        boolean[] due = {false};
        known.compute(channel, (key, before) -> {
            if (before != null && now.isBefore(before.nextCheck())) {
                return before;
            }
            due[0] = true;
            // marked before the lookup runs, so a burst of messages in one channel asks once
            return new Known(before == null ? null : before.name(), now.plus(RETRY));
        });
        if (due[0]) {
            submit(() -> lookUp(channel, lookup));
        }
    }

    private void lookUp(Where channel, Supplier<Optional<String>> lookup) {
        Instant now = clock.instant();
        Optional<ChannelName> stored = store.find(channel.platform(), channel.workspace(), channel.channel());
        if (stored.isPresent() && now.isBefore(stored.get().seenAt().plus(REFRESH))) {
            known.put(channel, new Known(stored.get().name(), stored.get().seenAt().plus(REFRESH)));
            return;
        }
        Optional<String> name = lookup.get().filter(text -> !text.isBlank());
        if (name.isEmpty()) {
            return; // the entry says when to try again (RETRY)
        }
        store.remember(new ChannelName(channel.platform(), channel.workspace(), channel.channel(), name.get(), now));
        known.put(channel, new Known(name.get(), now.plus(REFRESH)));
    }

    /** Runs the task on the worker; false when it was not taken (more than {@link #QUEUE} waiting, or closed). */
    private boolean submit(Runnable task) {
        try {
            worker.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    // a name is a nicety for the digest: never worth more than a line in the log
                    warn.accept("could not record a channel name: " + e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Stops the worker; lookups still queued are dropped (they are asked again after a restart). */
    @Override
    public void close() {
        worker.shutdownNow();
    }
}
