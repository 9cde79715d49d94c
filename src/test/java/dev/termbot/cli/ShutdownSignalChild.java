package dev.termbot.cli;

import java.time.Duration;

/**
 * A child JVM for {@link ShutdownSignalIT}: installs the real signal handling, then, once a stop is
 * asked for, hangs the way a stuck orderly stop would. Modes: {@code second-signal} (only another
 * signal ends it early) and {@code watchdog} (the stop's time bound ends it).
 */
final class ShutdownSignalChild {
    private ShutdownSignalChild() {
    }

    public static void main(String[] args) throws Exception {
        ShutdownSignal signal = new ShutdownSignal();
        signal.install();
        System.out.println("ready");
        signal.await();
        if (args.length > 0 && args[0].equals("watchdog")) {
            ShutdownSignal.haltAfter(Duration.ofSeconds(1));
        }
        System.out.println("stopping slowly");
        // stuck: finishing replies or flushing never completes (a latch nobody counts down)
        new java.util.concurrent.CountDownLatch(1).await(60, java.util.concurrent.TimeUnit.SECONDS);
        System.out.println("stopped");
        System.exit(0);
    }
}
