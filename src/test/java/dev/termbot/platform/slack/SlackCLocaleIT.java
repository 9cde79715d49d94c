package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Proves that a correctly signed non-ASCII event is accepted by plain {@code java} under the C
 * locale, where Bolt 1.51.0's own verifier (hashing with the default charset) would refuse it.
 * Runs the adapter in a child JVM with {@code LC_ALL=C} and {@code -Dfile.encoding=ANSI_X3.4-1968}.
 */
class SlackCLocaleIT {

    @Test
    void a_non_ascii_event_verifies_under_the_c_locale() throws Exception {
        // GIVEN a JVM whose default charset is US-ASCII
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(java, "-Dfile.encoding=ANSI_X3.4-1968", "-Xmx256m",
                "-cp", classpath, CLocaleProbe.class.getName()).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");

        // WHEN it runs the adapter and posts a signed event with "é" and "—" to it
        Process child = builder.start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> readAll(child.getInputStream(), output), "child-jvm-output");
        reader.start();
        boolean finished = child.waitFor(2, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));

        // THEN the adapter accepts it and posts the note, although stock Bolt would not have
        assertThat(finished).as("child JVM finished").isTrue();
        assertThat(output).as(String.join("\n", output))
                .contains("probe: charset=US-ASCII", "probe: stockBoltAccepts=false", "probe: status=200", "probe: notes=1");
    }

    private static void readAll(InputStream in, List<String> into) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().forEach(into::add);
        } catch (IOException e) {
            into.add("reading the child's output failed: " + e);
        }
    }
}
