package dev.termbot.cli;

import dev.termbot.core.OverlayEntry;
import dev.termbot.glossary.GlossaryOverlay;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code termbot glossary export [--output FILE]}: the glossary as the bot runs it, the file with the
 * entries moderators approved from chat merged in, as YAML to commit. The file's own text, comments
 * included, is kept; each approved entry is appended to {@code terms:} under a comment. Entries the
 * file already covers are left out (the file wins), and are named on stderr. The result is read back
 * through the file's validation before anything is written; {@code --output} replaces the file
 * atomically, so exporting over {@code config/glossary.yaml} is safe.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the glossary with the entries approved from chat merged in, as YAML (stdout, or --output).",
                "Commit the result as the glossary file; the file then holds the entries and wins over the database copy."})
final class GlossaryExportCommand implements Callable<Integer> {
    @Mixin
    GlossaryOption glossary;

    @Mixin
    DatabaseOption database;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout (replaced atomically).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> overlay = overlay();
        String text = glossary.text();
        GlossaryOverlay.Merged merged = GlossaryOverlay.merge(text, glossary.fileName(), overlay);
        merged.skipped().forEach(skipped -> spec.commandLine().getErr().println("left out (the file wins): " + skipped.problem()));
        String exported = GlossaryOverlay.export(text, glossary.fileName(), overlay);
        if (output == null) {
            spec.commandLine().getOut().print(exported);
            spec.commandLine().getOut().flush();
        } else {
            Path target = output.toAbsolutePath();
            Path temporary = Files.createTempFile(target.getParent(), ".glossary-export", ".yaml");
            Files.writeString(temporary, exported, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        spec.commandLine().getErr().printf("exported %s with %d entr%s approved from chat%n", glossary.describe(),
                merged.entries().size(), merged.entries().size() == 1 ? "y" : "ies");
        return ExitCodes.OK;
    }

    /** The overlay's entries; none when there is no database yet (nothing was ever approved). */
    private List<String> overlay() throws Exception {
        if (database.shared().isEmpty() && !Files.isRegularFile(database.resolve())) {
            return List.of();
        }
        try (Storage storage = database.openStorage(StorageOptions.fromEnvironment(System.getenv()))) {
            return storage.suggestions().overlay().stream().map(OverlayEntry::entryYaml).toList();
        }
    }
}
