package dev.termbot.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns SIGTERM and SIGINT into an orderly stop. The JVM's own handling would run shutdown hooks
 * and then exit with 143; handling the signal here lets {@code run} finish replies, flush the usage
 * log and exit 0. A second signal, or a stop that takes longer than its bound, ends the process at
 * once. Thread-safe.
 */
final class ShutdownSignal {
    private static final Logger LOG = LoggerFactory.getLogger(ShutdownSignal.class);
    static final int FORCED_EXIT = 1;

    private final CountDownLatch requested = new CountDownLatch(1);
    private final AtomicInteger signals = new AtomicInteger();
    private volatile int exitCode = ExitCodes.OK;

    /** Installs the handlers for TERM and INT. */
    void install() {
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> onSignal(signal.getName()));
        }
    }

    void onSignal(String name) {
        if (signals.incrementAndGet() == 1) {
            LOG.info("SIG{} received: stopping (a second signal exits at once)", name);
            requested.countDown();
        } else {
            LOG.warn("second SIG{}: exiting now without finishing in-flight work", name);
            Runtime.getRuntime().halt(FORCED_EXIT);
        }
    }

    /**
     * Asks for the same orderly stop as a signal, but ending with exit code 1: something the process
     * cannot recover from by itself happened (a platform lost for good), and a supervisor that
     * restarts on a failed exit should start it afresh.
     */
    void fail(String reason) {
        LOG.error("{}: stopping, to exit with code {} for a restart", reason, ExitCodes.FAILURE);
        exitCode = ExitCodes.FAILURE;
        requested.countDown();
    }

    /** The exit code the stop ends with: 0 after a signal, 1 after {@link #fail(String)}. */
    int exitCode() {
        return exitCode;
    }

    /** Blocks until a stop was asked for. */
    void await() throws InterruptedException {
        requested.await();
    }

    /** Halts the process if the orderly stop has not finished within {@code bound}. */
    static void haltAfter(Duration bound) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(bound.toMillis());
                LOG.error("stopping took longer than {}; exiting now", bound);
                Runtime.getRuntime().halt(FORCED_EXIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "termbot-stop-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
