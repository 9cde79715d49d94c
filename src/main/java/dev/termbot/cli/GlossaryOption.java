package dev.termbot.cli;

import dev.termbot.core.ConfigException;
import dev.termbot.glossary.CheckedGlossary;
import dev.termbot.glossary.Glossary;
import dev.termbot.glossary.GlossaryFile;
import dev.termbot.glossary.GlossaryOverlay;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --glossary FILE} option shared by every command that needs the glossary. Resolution
 * order: the option, then {@code TERMBOT_GLOSSARY}, then {@code config/glossary.yaml} in the working
 * directory, then the copy embedded in the jar, so that the jar works from any folder.
 */
final class GlossaryOption {
    static final Path CONVENTIONAL = Path.of("config", "glossary.yaml");

    @Option(names = "--glossary", paramLabel = "FILE", description = "Glossary YAML (default: $TERMBOT_GLOSSARY, ./config/glossary.yaml, or the built-in one).")
    Path file;

    /** The file that will be read, or empty for the built-in glossary. */
    Optional<Path> resolve(Map<String, String> env) {
        if (file != null) {
            return Optional.of(file);
        }
        String fromEnv = env.get("TERMBOT_GLOSSARY");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(Path.of(fromEnv));
        }
        return Files.isRegularFile(CONVENTIONAL) ? Optional.of(CONVENTIONAL) : Optional.empty();
    }

    Glossary load() throws ConfigException {
        return check().glossary();
    }

    /** The resolved glossary with the positions of its review dates, for {@code glossary check}. */
    CheckedGlossary check() throws ConfigException {
        Optional<Path> path = resolve(System.getenv());
        return path.isPresent() ? GlossaryFile.check(path.get()) : GlossaryFile.checkDefault();
    }

    /** The resolved glossary's text (the file, or the built-in one). */
    String text() throws ConfigException {
        Optional<Path> path = resolve(System.getenv());
        return path.isPresent() ? GlossaryFile.text(path.get()) : GlossaryFile.defaultText();
    }

    /** The name used in messages about the resolved glossary. */
    String fileName() {
        return resolve(System.getenv()).map(Path::toString).orElse(GlossaryFile.DEFAULT_RESOURCE);
    }

    /** The resolved glossary with the overlay's entries merged in (the file wins, see {@link GlossaryOverlay}). */
    GlossaryOverlay.Merged loadMerged(List<String> overlay) throws ConfigException {
        return GlossaryOverlay.merge(text(), fileName(), overlay);
    }

    /** How to name the glossary in messages. */
    String describe() {
        return resolve(System.getenv()).map(Path::toString).orElse("built-in glossary");
    }
}
