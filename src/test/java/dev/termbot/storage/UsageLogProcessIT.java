package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.testing.Await;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storage in a real child JVM: SIGTERM must flush the queue; a hard kill must leave a consistent file. */
class UsageLogProcessIT {
    @TempDir
    Path dir;

    private Process child;
    private Path stdout;
    private Path stderr;

    @BeforeEach
    void outputFiles() {
        stdout = dir.resolve("child-stdout.txt");
        stderr = dir.resolve("child-stderr.txt");
    }

    @AfterEach
    void stopChild() {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
        }
    }

    @Test
    void sigterm_commits_every_queued_event() throws Exception {
        // GIVEN a child JVM whose writer is held back by a lock, so all 3000 events sit in the queue
        Path file = dir.resolve("termbot.db");
        start("queued", file.toString(), "3000");
        String ready = awaitLine("ready");
        assertThat(ready).contains("written=0").contains("dropped=0");
        assertThat(Integer.parseInt(ready.replaceAll(".*queued=(\\d+).*", "$1"))).isGreaterThanOrEqualTo(3000 - 200);

        // WHEN it receives SIGTERM
        child.destroy();

        // THEN its shutdown hook committed every event before the JVM ended
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child exited").isTrue();
        assertThat(lines()).contains("closed written=3000 lost=0");
        assertThat(Rows.count(file, "SELECT COUNT(*) FROM usage_events")).isEqualTo(3000);
        assertThat(Rows.count(file, "SELECT COUNT(DISTINCT latency_ms) FROM usage_events")).isEqualTo(3000);
        assertThat(Rows.integrityCheck(file)).isEqualTo("ok");
    }

    @Test
    void a_hard_kill_mid_batch_leaves_a_consistent_file_with_only_whole_batches() throws Exception {
        // GIVEN a child JVM writing numbered events in batches of up to 500 without pause
        Path file = dir.resolve("termbot.db");
        start("continuous", file.toString());
        Await.until("a few batches were committed", () -> lines().stream().filter(l -> l.startsWith("commit ")).count() >= 5);

        // WHEN it is killed outright (SIGKILL: no shutdown hook, no close)
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child exited").isTrue();

        // THEN the file passes SQLite's integrity check
        assertThat(Rows.integrityCheck(file)).isEqualTo("ok");
        // AND holds events 0..n-1 with no gap and no duplicate
        long rows = Rows.count(file, "SELECT COUNT(*) FROM usage_events");
        assertThat(Rows.count(file, "SELECT COUNT(DISTINCT latency_ms) FROM usage_events")).isEqualTo(rows);
        assertThat(Rows.count(file, "SELECT COALESCE(MAX(latency_ms), -1) FROM usage_events")).isEqualTo(rows - 1);
        // AND n is a batch boundary: no batch was stored in part
        Set<Long> boundaries = lines().stream().filter(l -> l.startsWith("commit "))
                .map(l -> Long.parseLong(l.substring("commit ".length()))).collect(Collectors.toSet());
        assertThat(boundaries).contains(rows);
        // AND the database is still usable by the next start
        try (Storage reopened = Storage.open(file, java.time.Clock.systemUTC(), StorageOptions.defaults())) {
            assertThat(reopened.database().info().rowCounts()).containsEntry("usage_events", rows);
        }
    }

    private void start(String... args) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-cp", classPath,
                UsageLogChildProcess.class.getName()));
        command.addAll(List.of(args));
        // files, not pipes: Process.destroy() closes the pipes, and the last lines matter most
        child = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    }

    /** The child's stdout lines so far. */
    private List<String> lines() {
        try {
            return Files.exists(stdout) ? Files.readAllLines(stdout, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String awaitLine(String prefix) {
        return Await.value("a line starting with '" + prefix + "' from the child", () -> {
            List<String> now = lines();
            if (!child.isAlive() && now.stream().noneMatch(l -> l.startsWith(prefix))) {
                throw new AssertionError("child ended early: " + readQuietly(stderr));
            }
            return now.stream().filter(l -> l.startsWith(prefix)).findFirst().orElse(null);
        });
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no stderr: " + e + ")";
        }
    }
}
