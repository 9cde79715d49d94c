package dev.termbot.cli;

import dev.termbot.core.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The running bot's glossary watcher, on a real file: bad edits and a deletion are reported, by file name only. */
class GlossaryWatcherTest {
    @TempDir
    Path dir;

    private final List<ConfigException> reported = new CopyOnWriteArrayList<>();

    private GlossaryWatcher watching(Path file) throws Exception {
        GlossaryOption option = new GlossaryOption();
        option.file = file;
        KnowledgeHolder holder = KnowledgeHolder.load(KnowledgeFactory.withOpenNlp(), option);
        return new GlossaryWatcher(file, holder, reported::add);
    }

    @Test
    void a_bad_edit_is_reported_to_moderators_by_the_files_name_not_its_server_path() throws Exception {
        Path file = Files.copy(Path.of("config", "glossary.yaml"), dir.resolve("glossary.yaml"));
        try (GlossaryWatcher watcher = watching(file)) {
            Files.writeString(file, "version: 1\nterms:\n  - id: rlhf\n    term: RLHF\n");

            assertThat(watcher.checkOnce()).isTrue();

            assertThat(reported).hasSize(1);
            String notice = GlossaryWatcher.moderatorNotice(reported.get(0));
            assertThat(notice).startsWith("termbot kept the previous glossary: the edited file has a problem at glossary.yaml:3:5: ")
                    .doesNotContain(dir.toString());
        }
    }

    @Test
    void deleting_the_file_is_reported_once_and_the_last_good_glossary_kept() throws Exception {
        Path file = Files.copy(Path.of("config", "glossary.yaml"), dir.resolve("glossary.yaml"));
        try (GlossaryWatcher watcher = watching(file)) {
            Files.delete(file);

            watcher.checkOnce(); // one look without the file can be an editor's save-by-rename
            assertThat(reported).isEmpty();
            watcher.checkOnce();
            watcher.checkOnce();

            assertThat(reported).hasSize(1);
            assertThat(GlossaryWatcher.moderatorNotice(reported.get(0)))
                    .contains("glossary.yaml:1:1: the glossary file was deleted").doesNotContain(dir.toString());

            // AND a file put back is loaded like an edit
            Files.copy(Path.of("config", "glossary.yaml"), file);
            assertThat(watcher.checkOnce()).isTrue();
            assertThat(reported).hasSize(1);
        }
    }
}
