package dev.termbot.platform.console;

import dev.termbot.core.ChatPlatform;
import dev.termbot.core.Markup;
import dev.termbot.core.PlatformContext;
import dev.termbot.core.PlatformProvider;
import dev.termbot.core.SettingsBlock;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The terminal through the platform seam: no secrets, no settings, plain text. It is never started by
 * {@code run} on its own (there is nothing in the environment to detect); {@code termbot console}
 * creates it on the process's own standard streams.
 */
public final class ConsoleProvider implements PlatformProvider<ConsoleProvider.NoSettings> {

    /** The console has no block in the settings file. */
    public record NoSettings() {
    }

    @Override
    public String name() {
        return "console";
    }

    @Override
    public List<String> secretVariables() {
        return List.of();
    }

    @Override
    public String environmentPrefix() {
        return "";
    }

    @Override
    public boolean isConfigured(Map<String, String> env) {
        return false;
    }

    @Override
    public String configurationHint() {
        return "";
    }

    @Override
    public List<String> settingsKeys() {
        return List.of();
    }

    @Override
    public NoSettings readSettings(SettingsBlock block) {
        return new NoSettings();
    }

    @Override
    public Markup markup() {
        return Markup.PLAIN;
    }

    @Override
    public ChatPlatform create(PlatformContext context, NoSettings settings) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        return new ConsolePlatform(context.bot(), in, out, System.err, System.console() != null, context.digest(),
                context.clock(), terminalWidth(context.env()), context.noteControls())
                .withSuggestions(context.suggestions());
    }

    /** Shells export COLUMNS when asked to; without it (or when piped) wrap where a classic terminal ends. */
    static int terminalWidth(Map<String, String> env) {
        String columns = env.get("COLUMNS");
        if (columns != null && columns.strip().matches("\\d{2,4}")) {
            return Integer.parseInt(columns.strip());
        }
        return ConsolePlatform.DEFAULT_WIDTH;
    }
}
