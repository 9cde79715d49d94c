package dev.termbot.glossary;

import dev.termbot.core.ConfigException;
import dev.termbot.core.Link;
import dev.termbot.core.SuggestedEntry;
import dev.termbot.core.Term;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Suggestions written as glossary entries, validated by the file's rules, merged under the file, exported and read back. */
class GlossaryOverlayTest {
    private static final String FILE = "config/glossary.yaml";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final SuggestedEntry MODEL_COLLAPSE = new SuggestedEntry("Grokking",
            "A sudden jump from memorising the training set to generalising, long after training loss stopped falling. https://arxiv.org/abs/2201.02177.");

    private static String shipped() throws Exception {
        return Files.readString(Path.of(FILE));
    }

    @Test
    void a_suggestion_becomes_an_entry_the_file_validation_accepts() throws Exception {
        GlossaryOverlay.Entry entry = GlossaryOverlay.entry(MODEL_COLLAPSE, TODAY);

        assertThat(entry.id()).isEqualTo("grokking");
        assertThat(GlossaryOverlay.problemWith(shipped(), FILE, List.of(), entry.yaml())).isEmpty();
        Term term = GlossaryOverlay.merge(shipped(), FILE, List.of(entry.yaml())).glossary().term("grokking").orElseThrow();
        assertThat(term.display()).isEqualTo("Grokking");
        assertThat(term.definition()).isEqualTo("A sudden jump from memorising the training set to generalising, long after training loss stopped falling.");
        assertThat(term.links()).containsExactly(new Link("Source: arxiv.org", "https://arxiv.org/abs/2201.02177"));
        assertThat(term.reviewed()).isEqualTo(TODAY);
        assertThat(term.note()).contains("approved by a moderator on 2026-12-05");
    }

    @Test
    void the_file_rules_name_what_is_wrong_with_a_suggestion() throws Exception {
        assertThat(problem(new SuggestedEntry("Grokking", "Quality loss in models trained on model output.")))
                .contains("needs at least one link to a source");
        assertThat(problem(new SuggestedEntry("Grokking", "Quality drops. Diversity drops too. https://arxiv.org/abs/2201.02177")))
                .contains("'definition'").contains("2 sentences").contains("exactly 1");
        assertThat(problem(new SuggestedEntry("Grokking", "Quality loss. http://example.org/paper")))
                .contains("must use https");
        // a term the file already has (its display term or an alias) clashes
        assertThat(problem(new SuggestedEntry("Knowledge distillation", "Teaching a small model. https://arxiv.org/abs/1503.02531")))
                .contains("clashes with").contains("'distillation'");
    }

    @Test
    void the_file_wins_an_overlay_entry_it_now_covers_is_left_out_and_the_rest_stay() throws Exception {
        String collapse = GlossaryOverlay.entry(MODEL_COLLAPSE, TODAY).yaml();
        String distillation = GlossaryOverlay.entry(new SuggestedEntry("Distillation",
                "Something else entirely. https://example.org/other"), TODAY).yaml();

        GlossaryOverlay.Merged merged = GlossaryOverlay.merge(shipped(), FILE, List.of(distillation, collapse));

        assertThat(merged.entries()).containsExactly(collapse);
        assertThat(merged.skipped()).singleElement().satisfies(s -> assertThat(s.problem()).contains("distillation"));
        assertThat(merged.glossary().term("distillation").orElseThrow().definition()).startsWith("Training a model");
        assertThat(merged.glossary().term("grokking")).isPresent();
    }

    @Test
    void an_invalid_file_is_not_rescued_by_the_overlay() {
        String collapse = GlossaryOverlay.entry(MODEL_COLLAPSE, TODAY).yaml();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GlossaryOverlay.merge("version: 1\nterms: []\n", "g.yaml", List.of(collapse)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'terms' is empty");
    }

    @Test
    void export_keeps_the_file_and_its_comments_adds_the_entries_and_reads_back_as_the_merged_glossary() throws Exception {
        String collapse = GlossaryOverlay.entry(MODEL_COLLAPSE, TODAY).yaml();
        String quoted = GlossaryOverlay.entry(new SuggestedEntry("Reward hacking: \"specification gaming\"",
                "A policy that scores well on its reward by exploiting flaws in it, not by doing the task; e.g. looping for points."
                        + " https://openai.com/index/faulty-reward-functions/"), TODAY).yaml();

        String exported = GlossaryOverlay.export(shipped(), FILE, List.of(collapse, quoted));

        assertThat(exported).startsWith(shipped().substring(0, shipped().indexOf("\nrules:")).substring(0, 200));
        assertThat(exported).contains("# Moderators edit this file.").contains("# added from chat, approved by a moderator");
        assertThat(exported.indexOf("id: grokking")).isLessThan(exported.indexOf("\nrules:"));
        Glossary back = GlossaryFile.parse(exported, "exported.yaml");
        assertThat(back).isEqualTo(GlossaryOverlay.merge(shipped(), FILE, List.of(collapse, quoted)).glossary());
        assertThat(back.terms()).hasSize(GlossaryFile.parse(shipped(), FILE).terms().size() + 2);
        assertThat(back.term("reward-hacking-specification-gaming").map(Term::display)).contains("Reward hacking: \"specification gaming\"");
        // exporting the export again adds nothing: the file now holds the entries and wins
        assertThat(GlossaryOverlay.export(exported, "exported.yaml", List.of(collapse, quoted))).isEqualTo(exported);
    }

    @Test
    void a_term_without_latin_letters_or_digits_has_no_id() {
        assertThat(GlossaryOverlay.entry(new SuggestedEntry("\u6a21\u578b", "x"), TODAY).id()).isEmpty();
        assertThat(GlossaryOverlay.slug("  Z\u00fcrich-style  RAG!! ")).isEqualTo("zurich-style-rag");
    }

    private static String problem(SuggestedEntry suggested) throws Exception {
        return GlossaryOverlay.problemWith(shipped(), FILE, List.of(), GlossaryOverlay.entry(suggested, TODAY).yaml()).orElse("");
    }
}
