package dev.termbot.cli;

import dev.termbot.core.BotCommand;
import dev.termbot.core.GlossarySuggestions;
import dev.termbot.core.Where;
import dev.termbot.detection.Inflections;
import dev.termbot.glossary.Glossary;
import dev.termbot.glossary.GlossaryFile;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code termbot glossary export}: the file with the approved entries, as YAML that loads back through the file reader. */
class GlossaryExportCommandTest {
    @TempDir
    Path dir;

    /** Runs the command on a glossary file and database; returns stdout. */
    static String export(Path glossary, Path db) {
        CliRun run = CliRun.termbot("glossary", "export", "--glossary", glossary.toString(), "--db", db.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    @Test
    void the_export_adds_approved_entries_to_the_file_and_loads_back() throws Exception {
        // GIVEN a glossary file and a database with one approved and one pending suggestion
        Path file = dir.resolve("glossary.yaml");
        Files.copy(Path.of("config/glossary.yaml"), file);
        Path db = dir.resolve("termbot.db");
        GlossaryOption option = new GlossaryOption();
        option.file = file;
        KnowledgeHolder holder = KnowledgeHolder.load(new KnowledgeFactory(Inflections.NONE), option);
        try (Storage storage = Storage.open(db, Clock.systemUTC(), StorageOptions.defaults())) {
            GlossarySuggestions suggestions = new GlossarySuggestions(storage.suggestions(), new OverlayDrafts(holder), Clock.systemUTC());
            Where where = new Where("slack", "T1", "C1", "");
            long approved = suggestions.suggest(where, "U1", BotCommand.parse("suggest Grokking: A sudden jump to generalising"
                    + " long after the training loss stopped falling https://arxiv.org/abs/2201.02177")).suggestion().orElseThrow().id();
            suggestions.suggest(where, "U2", BotCommand.parse("suggest Weight decay: Shrinking the weights a little at every"
                    + " step. https://arxiv.org/abs/1711.05101"));
            assertThat(suggestions.decide(approved, true, "M").changed()).isTrue();
        }

        // WHEN it is exported to stdout and to a file
        String out = export(file, db);
        Path written = dir.resolve("exported.yaml");
        CliRun toFile = CliRun.termbot("glossary", "export", "--glossary", file.toString(), "--db", db.toString(),
                "--output", written.toString());

        // THEN both hold the file with the approved entry only, and load back through the file reader
        assertThat(toFile.exitCode()).as(toFile.err()).isZero();
        assertThat(toFile.err()).contains("with 1 entry approved from chat");
        assertThat(Files.readString(written)).isEqualTo(out);
        Glossary back = GlossaryFile.load(written);
        Glossary original = GlossaryFile.load(file);
        assertThat(back.terms()).hasSize(original.terms().size() + 1);
        assertThat(back.term("grokking")).isPresent();
        assertThat(back.term("weight-decay")).isEmpty();
        assertThat(back.rules()).isEqualTo(original.rules());
        assertThat(out).startsWith(Files.readString(file).substring(0, 500));
        // AND `glossary check` accepts the export
        assertThat(CliRun.termbot("glossary", "check", written.toString()).exitCode()).isZero();
    }

    @Test
    void without_a_database_the_export_is_the_file_itself() throws Exception {
        Path file = dir.resolve("glossary.yaml");
        Files.copy(Path.of("config/glossary.yaml"), file);

        String out = export(file, dir.resolve("none.db"));

        assertThat(out).isEqualTo(Files.readString(file));
        assertThat(Files.exists(dir.resolve("none.db"))).as("no database is created by an export").isFalse();
    }
}
