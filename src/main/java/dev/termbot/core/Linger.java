package dev.termbot.core;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * How a writer thread lets a batch gather: it sleeps until the batch is full, a stop began, or the
 * linger is over, and does not wake for each item that arrives (the producers wake it only when
 * {@code enough} may have become true). Why: on two cores, a wake-up per item competed with the chat
 * path's threads for every note. Used by the usage log's writer and by {@link Confirmations}.
 */
public final class Linger {
    private Linger() {
    }

    /**
     * Parks the calling thread until {@code enough} holds or {@link System#nanoTime()} reaches
     * {@code deadlineNanos}; true when an interrupt ended the wait (the interrupt flag is cleared,
     * so the caller decides what it means).
     */
    public static boolean parkUntil(long deadlineNanos, BooleanSupplier enough) {
        long left;
        while (!enough.getAsBoolean() && (left = deadlineNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                return true;
            }
        }
        return false;
    }
}
