package dev.termbot.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for something asynchronous to become true by polling, so tests never sleep for a fixed
 * time. The timeout is generous because it only bounds failures; passing tests return as soon as
 * the condition holds.
 */
public final class Await {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private Await() {
    }

    /** Polls until the condition holds; fails the test with {@code what} when the timeout passes. */
    public static void until(String what, BooleanSupplier condition) {
        until(what, condition, DEFAULT_TIMEOUT);
    }

    public static void until(String what, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for: " + what);
            }
            pause();
        }
    }

    /** Polls until the supplier returns a non-null value and returns it. */
    public static <T> T value(String what, Supplier<T> supplier) {
        long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
        T value;
        while ((value = supplier.get()) == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + DEFAULT_TIMEOUT + " waiting for: " + what);
            }
            pause();
        }
        return value;
    }

    private static void pause() {
        try {
            // park briefly between polls; this is a poll interval, not a wait for a result
            Object lock = new Object();
            synchronized (lock) {
                lock.wait(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
