package dev.termbot.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code /termbot suggest|approve|reject} words, parsed once for every platform, and the glossary list's grouping. */
class SuggestionCommandTest {
    @Test
    void suggest_splits_the_term_from_the_definition_at_the_first_colon() {
        BotCommand command = BotCommand.parse("  SUGGEST  Reward hacking :  Gaming the reward: not the task. https://x.org/a ");

        assertThat(command.kind()).isEqualTo(BotCommand.Kind.SUGGEST);
        assertThat(command.forModerators()).isFalse();
        assertThat(command.suggestion()).contains(new SuggestedEntry("Reward hacking", "Gaming the reward: not the task. https://x.org/a"));
        assertThat(BotCommand.parse("suggest Reward hacking").suggestion()).isEmpty();
        assertThat(BotCommand.parse("suggest : only a definition").suggestion()).isEmpty();
        assertThat(BotCommand.parse("suggest Term:").suggestion()).isEmpty();
        assertThat(BotCommand.of("suggest", "Term: one sentence.").suggestion()).contains(new SuggestedEntry("Term", "one sentence."));
    }

    @Test
    void approve_and_reject_are_for_moderators_and_take_a_number() {
        assertThat(BotCommand.parse("approve 7").forModerators()).isTrue();
        assertThat(BotCommand.parse("reject #12").suggestionId()).isEqualTo(OptionalLong.of(12));
        assertThat(BotCommand.of("approve", "3").suggestionId()).isEqualTo(OptionalLong.of(3));
        assertThat(BotCommand.parse("approve seven").suggestionId()).isEmpty();
        assertThat(BotCommand.parse("approve").suggestionId()).isEmpty();
        assertThat(BotCommand.parse("mute 7").suggestionId()).isEmpty();
    }

    @Test
    void approve_takes_a_source_link_after_the_number() {
        BotCommand approve = BotCommand.parse("approve #7   https://arxiv.org/abs/2201.02177 ");
        assertThat(approve.suggestionId()).isEqualTo(OptionalLong.of(7));
        assertThat(approve.approvalSource()).contains("https://arxiv.org/abs/2201.02177");
        assertThat(BotCommand.of("approve", "3 https://example.org/s").approvalSource()).contains("https://example.org/s");
        assertThat(BotCommand.parse("approve 7").approvalSource()).isEmpty();
        assertThat(BotCommand.of("approve", "7 ").approvalSource()).isEmpty();
        // only an approval adds a source; a rejection ignores what follows its number
        assertThat(BotCommand.parse("reject 7 https://example.org/s").approvalSource()).isEmpty();
        assertThat(BotCommand.parse("reject 7 https://example.org/s").suggestionId()).isEqualTo(OptionalLong.of(7));
    }

    @Test
    void the_list_groups_by_initial_letter_with_numbers_first() {
        Term zero = term("zero-shot", "Zero-shot");
        Term four = term("4-bit", "4-bit quantization");
        Term ai = term("ai-agent", "AI agent");
        Term attention = term("attention", "attention");
        Term eacute = term("eval", "\u00c9valuation");

        GlossaryIndex index = GlossaryIndex.of(List.of(zero, four, ai, attention, eacute));

        assertThat(index.groups()).extracting(GlossaryIndex.Group::heading).containsExactly("#", "A", "E", "Z");
        assertThat(index.groups().get(1).terms()).containsExactly(ai, attention);
        assertThat(index.size()).isEqualTo(5);
        assertThat(index.toPlainText()).isEqualTo("#: 4-bit quantization\nA: AI agent, attention\nE: \u00c9valuation\nZ: Zero-shot");
        assertThat(GlossaryIndex.asks("")).isTrue();
        assertThat(GlossaryIndex.asks(" List ")).isTrue();
        assertThat(GlossaryIndex.asks(null)).isTrue();
        assertThat(GlossaryIndex.asks("distillation")).isFalse();
    }

    private static Term term(String id, String display) {
        return new Term(id, display, List.of(), "d", "n", List.of(), List.of(), java.time.LocalDate.of(2026, 1, 1));
    }
}
