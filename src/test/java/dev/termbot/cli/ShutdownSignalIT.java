package dev.termbot.cli;

import dev.termbot.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real SIGTERM handling in a child JVM, for a stop that hangs: a second signal ends the
 * process at once, and so does the stop's time bound. (The orderly first-signal stop, exit 0 with
 * the usage log flushed, is covered end to end by the Slack and Discord run tests.)
 */
class ShutdownSignalIT {
    @TempDir
    Path dir;

    private Process child;

    @AfterEach
    void stopChild() {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
        }
    }

    @Test
    void a_second_sigterm_ends_a_stuck_stop_at_once() throws Exception {
        start("second-signal");
        awaitLine("ready");

        signal("TERM");
        awaitLine("stopping slowly");
        long before = System.nanoTime();
        signal("TERM");

        assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("ended by the second signal, not the 60 s hang").isTrue();
        assertThat(child.exitValue()).isEqualTo(ShutdownSignal.FORCED_EXIT);
        assertThat(lines()).doesNotContain("stopped");
        assertThat(read("stderr.txt")).contains("second SIGTERM: exiting now");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - before)).isLessThan(20);
    }

    @Test
    void a_stop_that_outlasts_its_bound_is_ended_by_the_watchdog() throws Exception {
        start("watchdog");
        awaitLine("ready");

        signal("INT");

        assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("ended by the 1 s bound, not the 60 s hang").isTrue();
        assertThat(child.exitValue()).isEqualTo(ShutdownSignal.FORCED_EXIT);
        assertThat(lines()).contains("stopping slowly").doesNotContain("stopped");
        assertThat(read("stderr.txt")).contains("SIGINT received").contains("stopping took longer than");
    }

    private void start(String mode) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // files, not pipes: the last lines before a halt matter most
        child = new ProcessBuilder(java.toString(), "-Xmx128m", "-cp", classPath, ShutdownSignalChild.class.getName(), mode)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
    }

    /** Sends a real signal, as systemd or a terminal would (the shell's kill: no procps needed). */
    private void signal(String name) throws Exception {
        Process kill = new ProcessBuilder("sh", "-c", "kill -" + name + " " + child.pid()).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).as("kill -%s", name).isZero();
    }

    private List<String> lines() {
        return read("stdout.txt").lines().toList();
    }

    private String read(String name) {
        try {
            Path file = dir.resolve(name);
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void awaitLine(String line) {
        Await.until("the child printed '" + line + "'", () -> {
            if (!child.isAlive()) {
                throw new AssertionError("child ended early: " + read("stderr.txt"));
            }
            return lines().contains(line);
        });
    }
}
