package dev.termbot.platform.discord;

import java.time.Duration;
import java.util.function.Consumer;
import net.dv8tion.jda.api.requests.RestAction;

/**
 * Every REST call termbot queues goes through here, so that {@link DiscordPlatform#close()} can stop
 * taking new events and wait for replies in flight (including one JDA is holding back for a 429)
 * before JDA shuts down. JDA's own shutdown does not reliably do that: a request whose 429 arrives
 * while JDA is stopping can be dropped. Follow-up calls queued by a pending call's callback (the
 * digest's follow-ups) are still counted while closing, so they finish too.
 *
 * <p>Thread-safe (one monitor).
 */
final class PendingReplies {
    private int pending;
    private boolean closing;

    /** Queues the action; exactly one of the callbacks runs, then the call counts as done. */
    <T> void queue(RestAction<T> action, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        begin();
        try {
            action.queue(result -> {
                try {
                    onSuccess.accept(result);
                } finally {
                    end();
                }
            }, failure -> {
                try {
                    onFailure.accept(failure);
                } finally {
                    end();
                }
            });
        } catch (RuntimeException e) {
            end();
            throw e;
        }
    }

    /** Refuses new work from now on and waits until the calls in flight are done; false on timeout. */
    synchronized boolean closeAndAwait(Duration timeout) throws InterruptedException {
        closing = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** True once {@link #closeAndAwait} was called: listeners then ignore new events. */
    synchronized boolean isClosing() {
        return closing;
    }

    private synchronized void begin() {
        pending++;
    }

    private synchronized void end() {
        pending--;
        if (pending == 0) {
            notifyAll();
        }
    }
}
