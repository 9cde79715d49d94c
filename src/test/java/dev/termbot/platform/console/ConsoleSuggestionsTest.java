package dev.termbot.platform.console;

import dev.termbot.core.Bot;
import dev.termbot.core.InMemoryPolicyStore;
import dev.termbot.core.PolicySettings;
import dev.termbot.testing.LiveGlossary;
import dev.termbot.testing.MutableClock;
import dev.termbot.testing.RecordingUsageLog;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Glossary suggestions, moderators' decisions, the glossary list and related terms in the console. */
class ConsoleSuggestionsTest {
    private static final String GROKKING = "/termbot suggest Grokking: A sudden jump from memorising the training set to"
            + " generalising, long after training loss stopped falling. https://arxiv.org/abs/2201.02177\n";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream hints = new ByteArrayOutputStream();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T12:00:00Z"));
    private final LiveGlossary glossary = new LiveGlossary();

    private String chat(String script) throws Exception {
        Bot bot = new Bot(glossary, new InMemoryPolicyStore(), PolicySettings.DEFAULTS, new RecordingUsageLog(), clock);
        try (ConsolePlatform console = new ConsolePlatform(bot, new BufferedReader(new StringReader(script)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(hints, true, StandardCharsets.UTF_8),
                false, () -> "# Digest", clock).withSuggestions(glossary.suggestions(clock))) {
            console.start();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_member_suggests_a_member_cannot_approve_a_moderator_approves_and_define_finds_it() throws Exception {
        String posted = chat("/as alice\n" + GROKKING + "/termbot approve 1\n/as carol --mod\n/termbot approve 1\n"
                + "/termbot reject 1\n/define grokking\n");

        assertThat(posted).contains("Suggestion sent", "suggestion #1", "Glossary suggestion #1", "Grokking",
                "/termbot approve is for moderators, and alice is not one",
                "Suggestion approved", "Suggestion #1 (\u201cGrokking\u201d) was already approved",
                "A sudden jump from memorising");
        assertThat(hints.toString(StandardCharsets.UTF_8)).contains("the moderators' channel shows this card");
    }

    @Test
    void a_suggestion_in_the_wrong_form_or_against_the_file_rules_is_explained() throws Exception {
        String posted = chat("/termbot suggest Grokking: A sudden jump to generalising. http://example.org/g\n"
                + "/termbot suggest Grokking\n/termbot approve seven\n/termbot reject 42\n");

        assertThat(posted).contains("Not sent to the moderators", "must use https",
                "How to suggest a term", "Write /termbot approve N", "There is no suggestion #42");
    }

    @Test
    void a_suggestion_without_a_source_is_taken_and_the_approving_moderator_adds_the_link() throws Exception {
        String posted = chat("/as alice\n/termbot suggest Grokking: A sudden jump from memorising to generalising.\n"
                + "/as carol --mod\n/termbot approve 1\n/termbot approve 1 https://arxiv.org/abs/2201.02177\n"
                + "/define grokking\n");

        assertThat(posted).contains("Suggestion sent", "It has no source link", "No source link yet",
                "has no source link, and every glossary entry needs one", "Suggestion approved",
                "A sudden jump from memorising to generalising", "https://arxiv.org/abs/2201.02177");
    }

    @Test
    void define_alone_lists_the_glossary_grouped_by_initial_and_a_definition_names_its_related_terms() throws Exception {
        String posted = chat("/define\n/define list\n/define distillation\n");

        assertThat(posted).contains("The glossary: " + LiveGlossary.shippedTerms() + " terms");
        assertThat(posted).containsPattern("(?m)^\\s*D: .*Distillation, Distillation attack");
        assertThat(posted).containsPattern("(?m)^\\s*A: Activation steering, AI agent");
        assertThat(posted.split("The glossary:", -1)).hasSize(3);
        assertThat(posted).contains("Related: Teacher model, Student model, Synthetic data, Post-training, Distillation attack");
    }
}
