package dev.termbot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * termbot in its own JVM as a newcomer starts it: in a working directory of its own, with no chat
 * tokens in the environment (whatever the machine running the tests has), stdin piped in.
 */
final class ChildTermbot {
    private static final List<String> TOKENS = List.of("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET",
            "DISCORD_TOKEN", "TERMBOT_DB", "TERMBOT_LOG_LEVEL", "COLUMNS", "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET",
            "TERMBOT_SECRET_KEY");

    private final Path workingDirectory;

    ChildTermbot(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** What a finished run printed and returned. */
    record Finished(int exit, String out, String err) {
    }

    Finished run(String stdin, Map<String, String> extraEnvironment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(workingDirectory, "stdout", ".txt");
        Path stderr = Files.createTempFile(workingDirectory, "stderr", ".txt");
        ProcessBuilder child = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        TOKENS.forEach(child.environment()::remove);
        child.environment().putAll(extraEnvironment);
        child.environment().put("TERMBOT_GLOSSARY", Path.of("config", "glossary.yaml").toAbsolutePath().toString());
        Process process = child.start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("termbot " + String.join(" ", args) + " did not finish");
        }
        return new Finished(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
