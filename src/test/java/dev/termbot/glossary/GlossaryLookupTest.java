package dev.termbot.glossary;

import dev.termbot.core.Link;
import dev.termbot.core.LookupResult;
import dev.termbot.core.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryLookupTest {
    private static final Glossary SHIPPED = GlossaryFile.loadDefault();
    private static final GlossaryLookup LOOKUP = new GlossaryLookup(SHIPPED);

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            distillation                | distillation
            Distillation                | distillation
            Distillation attacks        | distillation-attack
            distillation-attack         | distillation-attack
            RLHF                        | rlhf
            rlhf                        | rlhf
            reinforcement learning from human feedback | rlhf
            open weights                | open-weight-model
            Open-Weights model          | open-weight-model
            open weight models          | open-weight-model
            LLMs                        | large-language-model
            LLM                         | large-language-model
            large language models       | large-language-model
            sft                         | supervised-fine-tuning
            SFT                         | supervised-fine-tuning
            supervised fine tuning      | supervised-fine-tuning
            supervised_fine_tuning      | supervised-fine-tuning
            fine tuning                 | fine-tuning
            finetuning                  | fine-tuning
            post training               | post-training
            pre-training                | pretraining
            jail-breaking               | jailbreaking
            jailbreaks                  | jailbreaking
            CoT                         | chain-of-thought
            chain of thought            | chain-of-thought
            knowledge distillation      | distillation
            model distillation          | distillation
            ToS                         | terms-of-service
            terms of service            | terms-of-service
            API abuse                   | api-abuse
            DPO                         | dpo
            teacher models              | teacher-model
            student                     | student-model
            reasoning traces            | reasoning-trace
            prompt injections           | prompt-injection
            hallucinations              | hallucination
            quantisation                | quantization
            """)
    void exactAliasAndNormalisedFormsFindTheirEntry(String query, String expectedId) {
        // WHEN
        LookupResult result = LOOKUP.lookup(query);
        // THEN
        assertThat(result.term()).map(Term::id).contains(expectedId);
        assertThat(result.suggestions()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            `rlhf`                      | rlhf
            **RLHF**                    | rlhf
            _distillation_              | distillation
            ~~LLM~~                     | large-language-model
            '||open weights||'          | open-weight-model
            > distillation attack       | distillation-attack
            '# Hallucination'           | hallucination
            "synthetic data"            | synthetic-data
            what is RLHF?               | rlhf
            What are open weights?      | open-weight-model
            define the base model       | base-model
            distillation\u00a0attack    | distillation-attack
            """)
    void markupQuotesAndQuestionFillerAreIgnored(String query, String expectedId) {
        // WHEN (javac turns the \\u escapes in the table into the real characters)
        LookupResult result = LOOKUP.lookup(query);
        // THEN
        assertThat(result.term()).map(Term::id).contains(expectedId);
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            distilation                 | distillation
            distilaton                  | distillation
            distillaiton                | distillation
            hallucinaton                | hallucination
            inferance                   | inference
            rlfh                        | rlhf
            jailbraking                 | jailbreaking
            quantizaton                 | quantization
            distillation atack          | distillation-attack
            pretrainng                  | pretraining
            """)
    void oneOrTwoTypingErrorsStillFindTheEntry(String query, String expectedId) {
        assertThat(LOOKUP.lookup(query).term()).map(Term::id).contains(expectedId);
    }

    @ParameterizedTest(name = "\"{0}\" is homoglyph/invisible-character noise around {1}")
    @CsvSource(delimiter = '|', textBlock = """
            d\u0456st\u0456llat\u0456on   | distillation
            dis\u200btillation            | distillation
            distil\u00adlation            | distillation
            \uff32\uff2c\uff28\uff26      | rlhf
            hallucinatio\u0301n           | hallucination
            """)
    void unicodeLookAlikesAndInvisibleCharactersAreFolded(String query, String expectedId) {
        // WHEN (javac turns the \\u escapes in the table into the real characters) / THEN
        assertThat(LOOKUP.lookup(query).term()).map(Term::id).contains(expectedId);
    }

    @ParameterizedTest(name = "\"{0}\" is not found")
    @ValueSource(strings = {"quantum annealing", "banana bread recipe", "installation attack", "sfx", "dpa", "cat",
            "'; DROP TABLE terms; --", "<script>alert(1)</script>", "@everyone", "<!channel>", "<@U12345>",
            "../../etc/passwd", "%00%0a", "\u0000\u0001", "\ud800", "🤖🤖🤖", "ﷺ", "a", "the", "what is"})
    void unrelatedGarbageAndHostileInputFindsNothing(String query) {
        // WHEN
        LookupResult result = LOOKUP.lookup(query);
        // THEN
        assertThat(result.found()).isFalse();
        assertThat(result.query().length()).isLessThanOrEqualTo(GlossaryLookup.MAX_QUERY_CHARS);
        assertThat(result.suggestions()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void sqlLookingInputIsReportedAsPlainNormalisedWords() {
        // WHEN
        LookupResult result = LOOKUP.lookup("'; DROP TABLE terms; --");
        // THEN the stored query carries no quotes, semicolons or comment markers
        assertThat(result.query()).isEqualTo("drop table terms");
        assertThat(result.found()).isFalse();
    }

    @ParameterizedTest(name = "empty-ish query {index}")
    @MethodSource("emptyQueries")
    void emptyOrNullQueriesFindNothingAndSuggestNothing(String query) {
        // WHEN
        LookupResult result = LOOKUP.lookup(query);
        // THEN
        assertThat(result.found()).isFalse();
        assertThat(result.query()).isEmpty();
        assertThat(result.suggestions()).isEmpty();
    }

    static Stream<String> emptyQueries() {
        return Stream.of(null, "", "   ", "\t\n", "***", "`` ``", "\u200b\u200b", "?!?", "--");
    }

    @ParameterizedTest(name = "huge input {index}")
    @MethodSource("hugeQueries")
    void hugeInputIsRefusedWithACappedQuery(String query) {
        // WHEN
        LookupResult result = LOOKUP.lookup(query);
        // THEN
        assertThat(result.found()).isFalse();
        assertThat(result.suggestions()).isEmpty();
        assertThat(result.query().length()).isLessThanOrEqualTo(GlossaryLookup.MAX_QUERY_CHARS);
    }

    static Stream<String> hugeQueries() {
        return Stream.of("x".repeat(5_000), "distillation ".repeat(400), "a-".repeat(2_500), "🤖".repeat(2_500),
                "rlhf" + " ".repeat(300) + "x".repeat(300), "\u0301".repeat(5_000) + "rlhf",
                "what is " + "transformer ".repeat(100), "define " + "a".repeat(100_000), "LoRA".repeat(300),
                "\u0000".repeat(10_000) + "RLHF" + "\u0000".repeat(10_000));
    }

    @Test
    void surroundingWhitespaceDoesNotCountTowardsTheLengthLimit() {
        // GIVEN a short term padded far beyond the limit
        String padded = " ".repeat(4_000) + "RLHF" + "\n".repeat(4_000);
        // WHEN / THEN
        assertThat(LOOKUP.lookup(padded).term()).map(Term::id).contains("rlhf");
    }

    @ParameterizedTest(name = "\"{0}\" suggests {1}")
    @CsvSource(delimiter = '|', textBlock = """
            installation     | distillation
            hallu            | hallucination
            attack           | distillation-attack
            injection        | prompt-injection
            distillation ataack attack | distillation-attack
            """)
    void nearMissesAreNotFoundButSuggestTheEntry(String query, String suggestedId) {
        // WHEN
        LookupResult result = LOOKUP.lookup(query);
        // THEN
        assertThat(result.found()).isFalse();
        assertThat(result.suggestions()).extracting(Term::id).contains(suggestedId).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void suggestionsComeBestFirstAndAtMostThree() {
        // GIVEN entries at one, two and three edits from the query
        GlossaryLookup lookup = new GlossaryLookup(List.of(term("abcdefgh"), term("abcdefxy"), term("abcdexyz"),
                term("abcdefgz"), term("unrelated")));
        // WHEN "abcdefgq" is one edit from abcdefgh and abcdefgz (a tie, so no match), two from abcdefxy
        LookupResult result = lookup.lookup("abcdefgq");
        // THEN
        assertThat(result.found()).isFalse();
        assertThat(result.suggestions()).extracting(Term::id).containsExactly("abcdefgh", "abcdefgz", "abcdefxy");
    }

    @Test
    void aTypoCloseToTwoEntriesIsNotGuessed() {
        // GIVEN two entries one edit apart from the same query
        GlossaryLookup lookup = new GlossaryLookup(List.of(term("tokenize"), term("tokenise")));
        // WHEN
        LookupResult result = lookup.lookup("tokenizse");
        // THEN neither wins; both are offered
        assertThat(result.found()).isFalse();
        assertThat(result.suggestions()).extracting(Term::id).containsExactlyInAnyOrder("tokenize", "tokenise");
    }

    @ParameterizedTest(name = "\"{0}\" does not stand in for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sfx   | sft
            dpa   | dpo
            cat   | cot
            ppo   | dpo
            """)
    void threeLetterQueriesNeverMatchAnotherThreeLetterEntry(String query, String nearId) {
        // GIVEN acronyms one letter apart
        GlossaryLookup lookup = new GlossaryLookup(List.of(term("sft"), term("dpo"), term("cot")));
        // WHEN
        LookupResult result = lookup.lookup(query);
        // THEN no match, but the acronym is offered
        assertThat(result.found()).isFalse();
        assertThat(result.suggestions()).extracting(Term::id).contains(nearId);
    }

    @Test
    void anIdIsNeverShadowedByAnotherEntrysAlias() {
        // GIVEN an unvalidated list where a later entry claims an earlier entry's id as alias
        Term first = term("inference");
        Term second = new Term("serving", "Serving", List.of("inference"), "d.", "n.", List.of(), List.of(),
                LocalDate.of(2026, 1, 1));
        // WHEN
        LookupResult result = new GlossaryLookup(List.of(second, first)).lookup("inference");
        // THEN
        assertThat(result.term()).map(Term::id).contains("inference");
    }

    @Test
    void everyShippedSpellingFindsItsOwnEntry() {
        // GIVEN every id, display term and alias of the shipped glossary
        List<String> misses = new ArrayList<>();
        for (Term term : SHIPPED.terms()) {
            List<String> spellings = new ArrayList<>(term.aliases());
            spellings.add(term.id());
            spellings.add(term.display());
            // WHEN each is looked up
            for (String spelling : spellings) {
                Optional<Term> found = LOOKUP.lookup(spelling).term();
                if (found.isEmpty() || !found.get().id().equals(term.id())) {
                    misses.add(spelling + " -> " + found.map(Term::id).orElse("nothing"));
                }
            }
        }
        // THEN
        assertThat(misses).isEmpty();
    }

    @Test
    void theReportedQueryIsTheNormalisedFormNotTheRawText() {
        assertThat(LOOKUP.lookup("  **Open_Weights**  ").query()).isEqualTo("open weights");
        assertThat(LOOKUP.lookup("Distillation—Attack").query()).isEqualTo("distillation attack");
    }

    private static Term term(String id) {
        return new Term(id, id, List.of(), "A definition.", "A note. Another sentence.",
                List.of(new Link("source", "https://example.org/" + id)), List.of(), LocalDate.of(2026, 1, 1));
    }
}
