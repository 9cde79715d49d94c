package dev.termbot.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSONL commands as a program drives them through a pipe: it writes one line, waits for the
 * answer, and only then writes the next. Output buffered until the end of input would leave both
 * sides waiting for ever; here each answer must come while stdin is still open.
 */
class JsonlPipeIT {
    @TempDir
    Path dir;

    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan", "define"})
    void line_1_is_answered_before_line_2_is_written(String command) throws Exception {
        // GIVEN the command running in its own JVM, its stdin a pipe held open
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.termbot.cli.Main", command));
        if (command.equals("define")) {
            args.add("--jsonl");
        }
        ProcessBuilder builder = new ProcessBuilder(args).directory(dir.toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("TERMBOT_GLOSSARY", Path.of("config", "glossary.yaml").toAbsolutePath().toString());
        process = builder.start();
        OutputStream stdin = process.getOutputStream();
        BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));

        // WHEN line 1 is written and stdin stays open
        stdin.write(line(command, "one").getBytes(StandardCharsets.UTF_8));
        stdin.flush();

        // THEN its answer arrives (a bound only for failure: start-up takes a few seconds)
        String first = CompletableFuture.supplyAsync(() -> readLine(stdout)).get(60, TimeUnit.SECONDS);
        assertThat(first).contains("\"id\":\"one\"");

        // AND line 2, written only now, is answered too
        stdin.write(line(command, "two").getBytes(StandardCharsets.UTF_8));
        stdin.close();
        assertThat(readLine(stdout)).contains("\"id\":\"two\"");
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }

    private static String line(String command, String id) {
        return command.equals("scan")
                ? "{\"id\": \"" + id + "\", \"text\": \"a distillation attack\"}\n"
                : "{\"id\": \"" + id + "\", \"query\": \"distillation\"}\n";
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
