package dev.termbot.glossary;

import dev.termbot.core.ConfigException;
import dev.termbot.core.Link;
import dev.termbot.core.LookupResult;
import dev.termbot.core.MisuseRule;
import dev.termbot.core.WhenDisputed;
import dev.termbot.core.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class GlossaryFileTest {
    private static final Path SHIPPED_FILE = Path.of("config/glossary.yaml");
    private static final String FILE = "config/glossary.yaml";
    // Distinct terms of the field whose names differ by one letter. They are allowed because lookup
    // only accepts a typo when a single entry is closest; a query as close to both gets suggestions.
    private static final Set<Set<String>> KNOWN_NEIGHBOURS = Set.of(
            Set.of("lora", "qlora"), Set.of("top-k-sampling", "top-p-sampling"));
    private static final List<String> REQUIRED_IDS = List.of("distillation", "distillation-attack", "synthetic-data",
            "pretraining", "post-training", "fine-tuning", "supervised-fine-tuning", "base-model", "teacher-model",
            "student-model", "open-weight-model", "open-source-model", "rlhf", "rlvr", "constitutional-ai",
            "preference-data", "reasoning-trace", "jailbreaking", "api-abuse", "prompt-injection",
            "large-language-model", "frontier-model", "hallucination", "inference");

    // A small valid glossary; each broken variant below changes one or two of its lines.
    static final String VALID = """
            version: 1
            terms:
              - id: distillation
                term: Distillation
                aliases: [knowledge distillation]
                definition: Training one model on the outputs of another model.
                note: It is a standard technique. Labs use it all the time.
                links:
                  - title: Distilling the Knowledge in a Neural Network
                    url: https://arxiv.org/abs/1503.02531
                related: [distillation-attack]
                reviewed: 2026-11-29
              - id: distillation-attack
                term: Distillation attack
                aliases: []
                definition: A contested name for API abuse.
                note: The abuse is the problem. The technique is not.
                links:
                  - title: The distillation panic
                    url: https://www.interconnects.ai/p/the-distillation-panic
                related: [distillation]
                reviewed: 2026-11-29
            rules:
              - id: distillation-attack
                term: distillation-attack
                phrases: [distillation attack]
                exceptions: [distillation attack surface]
                reply: Distillation is a standard technique. What is described is API abuse.
            """;

    // ---- the shipped glossary ------------------------------------------------------------------

    @Test
    void theShippedFileLoadsAndMatchesTheCopyInTheJar() throws ConfigException {
        // WHEN
        Glossary fromFile = GlossaryFile.load(SHIPPED_FILE);
        Glossary fromClasspath = GlossaryFile.loadDefault();
        // THEN
        assertThat(fromFile).isEqualTo(fromClasspath);
        assertThat(fromFile.terms()).extracting(Term::id).containsAll(REQUIRED_IDS);
    }

    @Test
    void everyShippedEntryMeetsTheContentRules() {
        for (Term term : GlossaryFile.loadDefault().terms()) {
            assertThat(term.display()).as(term.id()).isNotBlank();
            assertThat(Sentences.count(term.definition())).as("definition of %s", term.id()).isEqualTo(1);
            assertThat(Sentences.count(term.note())).as("note of %s", term.id()).isBetween(2, 4);
            assertThat(term.links()).as("links of %s", term.id()).isNotEmpty()
                    .allSatisfy(link -> assertWellFormedSource(link, term.id()));
            assertThat(term.related()).as("related of %s", term.id()).isNotEmpty();
            assertThat(term.reviewed()).as("reviewed of %s", term.id()).isNotNull();
        }
    }

    @Test
    void theAcronymsAndSpellingsPeopleTypeAreAliasesOfTheRightEntries() {
        Glossary glossary = GlossaryFile.loadDefault();
        Map<String, List<String>> expected = Map.of(
                "large-language-model", List.of("LLM", "LLMs"),
                "supervised-fine-tuning", List.of("SFT"),
                "open-weight-model", List.of("open weights", "open-weights model"),
                "chain-of-thought", List.of("CoT"),
                "rlhf", List.of("reinforcement learning from human feedback"),
                "distillation", List.of("knowledge distillation", "model distillation"),
                "terms-of-service", List.of("ToS"));
        expected.forEach((id, aliases) ->
                assertThat(glossary.term(id)).get().extracting(Term::aliases).asList().containsAll(aliases));
    }

    @Test
    void theDistillationAttackRuleExplainsKindlyAndWatchesOnlyTheContestedUsage() {
        // GIVEN
        MisuseRule rule = GlossaryFile.loadDefault().rule("distillation-attack").orElseThrow();
        // THEN the note is short, names the technique as legitimate and the real problem as API abuse
        assertThat(rule.termId()).isEqualTo("distillation-attack");
        assertThat(Sentences.count(rule.reply())).isBetween(2, 3);
        assertThat(rule.reply()).contains("legitimate", "API abuse", "jailbreaking", "fraudulent accounts",
                "terms-of-service");
        assertThat(rule.reply().toLowerCase()).doesNotContain("wrong", "stop saying", "you should", "incorrect");
        assertThat(rule.links()).extracting(Link::url).containsExactlyInAnyOrder(
                "https://www.interconnects.ai/p/the-distillation-panic",
                "https://www.anthropic.com/news/detecting-and-preventing-distillation-attacks",
                "https://rlhfbook.com/c/12-synthetic-data");
        // AND every phrase is more than the bare word "distillation"
        assertThat(rule.phrases()).contains("distillation attack").allSatisfy(phrase -> {
            List<String> words = TermKey.words(TermKey.readable(phrase));
            assertThat(words).as(phrase).hasSizeGreaterThanOrEqualTo(2).contains("distillation");
        });
    }

    @Test
    void noShippedSpellingIsWithinTypingDistanceOfAnotherEntry() {
        // GIVEN every key of every entry
        Map<String, String> owners = new TreeMap<>();
        for (Term term : GlossaryFile.loadDefault().terms()) {
            owners.put(TermKey.of(term.id()), term.id());
            owners.put(TermKey.of(term.display()), term.id());
            term.aliases().forEach(alias -> owners.put(TermKey.of(alias), term.id()));
        }
        // WHEN pairs of different entries are compared
        List<String> tooClose = new ArrayList<>();
        owners.forEach((key, owner) -> owners.forEach((other, otherOwner) -> {
            if (!owner.equals(otherOwner) && !KNOWN_NEIGHBOURS.contains(Set.of(owner, otherOwner))
                    && Typos.slips(key, other).isPresent()) {
                tooClose.add(key + "/" + other);
            }
        }));
        // THEN no entry's own spelling is a forgivable slip away from another entry's
        assertThat(tooClose).isEmpty();
    }

    @ParameterizedTest(name = "{0} and {1} are told apart")
    @MethodSource("knownNeighbours")
    void knownNeighboursAreFoundExactlyAndAnEquidistantTypoIsNotGuessed(String id, String otherId, String between) {
        GlossaryLookup lookup = new GlossaryLookup(GlossaryFile.loadDefault());
        // WHEN each entry's own spellings are looked up / THEN each finds itself, never its neighbour
        for (String each : List.of(id, otherId)) {
            Term term = GlossaryFile.loadDefault().term(each).orElseThrow();
            assertThat(lookup.lookup(term.display()).term()).map(Term::id).contains(each);
            term.aliases().forEach(alias -> assertThat(lookup.lookup(alias).term()).map(Term::id).contains(each));
        }
        // AND a query one edit from both gets no definition, only both as suggestions
        LookupResult result = lookup.lookup(between);
        assertThat(result.found()).isFalse();
        assertThat(result.suggestions()).extracting(Term::id).contains(id, otherId);
    }

    static Stream<Arguments> knownNeighbours() {
        return Stream.of(arguments("lora", "qlora", "zlora"), arguments("top-k-sampling", "top-p-sampling", "top-x"));
    }

    private static void assertWellFormedSource(Link link, String id) {
        assertThat(link.title()).as("link title in %s", id).isNotBlank();
        URI uri = URI.create(link.url());
        assertThat(uri.getScheme()).as(link.url()).isEqualTo("https");
        assertThat(uri.getHost()).as(link.url()).contains(".");
        assertThat(uri.getRawQuery()).as(link.url()).isNull();
        assertThat(uri.getRawFragment()).as(link.url()).isNull();
    }

    // ---- loading ------------------------------------------------------------------------------

    @Test
    void aValidFileLoadsWithEveryField() throws ConfigException {
        // WHEN
        Glossary glossary = GlossaryFile.parse(VALID, FILE);
        // THEN
        Term distillation = glossary.term("distillation").orElseThrow();
        assertThat(distillation.display()).isEqualTo("Distillation");
        assertThat(distillation.aliases()).containsExactly("knowledge distillation");
        assertThat(distillation.note()).isEqualTo("It is a standard technique. Labs use it all the time.");
        assertThat(distillation.links()).containsExactly(
                new Link("Distilling the Knowledge in a Neural Network", "https://arxiv.org/abs/1503.02531"));
        assertThat(distillation.related()).containsExactly("distillation-attack");
        assertThat(distillation.reviewed()).hasToString("2026-11-29");
        MisuseRule rule = glossary.rule("distillation-attack").orElseThrow();
        assertThat(rule.phrases()).containsExactly("distillation attack");
        assertThat(rule.exceptions()).containsExactly("distillation attack surface");
        assertThat(rule.whenDisputed()).isEqualTo(WhenDisputed.QUIET);
        assertThat(rule.links()).isEmpty();
    }

    @Test
    void loadReportsErrorsUnderThePathAsGiven(@TempDir Path dir) throws IOException {
        // GIVEN
        Path file = dir.resolve("glossary.yaml");
        Files.writeString(file, variant(5, "    alias: [knowledge distillation]"), StandardCharsets.UTF_8);
        // WHEN
        ConfigException error = catchThrowableOfType(ConfigException.class, () -> GlossaryFile.load(file));
        // THEN
        assertThat(error.getMessage()).startsWith(file + ":5:5: unknown key 'alias'");
    }

    @Test
    void aMissingFileIsAConfigError(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> GlossaryFile.load(missing))
                .isInstanceOf(ConfigException.class)
                .hasMessage(missing + ":1:1: file not found");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFilesAreRejectedAtTheRightPlace(String problem, String yaml, int line, int column, String message) {
        // WHEN
        ConfigException error = catchThrowableOfType(ConfigException.class, () -> GlossaryFile.parse(yaml, FILE));
        // THEN
        assertThat(error).as(problem).isNotNull();
        assertThat(error.getMessage()).isEqualTo(FILE + ":" + line + ":" + column + ": " + message);
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.column()).isEqualTo(column);
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                arguments("unknown key", variant(5, "    alias: [knowledge distillation]"), 5, 5,
                        "unknown key 'alias' in term 'distillation'; did you mean 'aliases'?"),
                arguments("unknown top-level key", variant(1, "versoin: 1"), 1, 1,
                        "unknown key 'versoin' in the glossary; did you mean 'version'?"),
                arguments("missing field", variant(6, null), 3, 5,
                        "term 'distillation' is missing 'definition'"),
                arguments("field without value", variant(6, "    definition:"), 6, 16,
                        "'definition' in term 'distillation' has no value"),
                arguments("repeated key", variant(7, "    note: It is a standard technique. Labs use it.\n    note: Again. And again."), 8, 5,
                        "key 'note' appears twice in term 'distillation' (first at line 7)"),
                arguments("duplicate id", variant(changes(11, "    related: []", 13, "  - id: distillation", 21, "    related: []")), 13, 9,
                        "duplicate term id 'distillation' (first defined at line 3)"),
                arguments("alias claimed twice", variant(15, "    aliases: [Knowledge Distillation]"), 15, 15,
                        "alias 'Knowledge Distillation' of term 'distillation-attack' clashes with the alias "
                                + "'knowledge distillation' of term 'distillation' (line 5); each spelling may belong to one entry only"),
                arguments("alias equal to another id", variant(15, "    aliases: [distillations]"), 15, 15,
                        "alias 'distillations' of term 'distillation-attack' clashes with the id 'distillation' "
                                + "of term 'distillation' (line 3); each spelling may belong to one entry only"),
                arguments("alias equal to another display term", variant(5, "    aliases: [distillation-attack, knowledge distillation]"), 5, 15,
                        "alias 'distillation-attack' of term 'distillation' clashes with the id 'distillation-attack' "
                                + "of term 'distillation-attack' (line 13); each spelling may belong to one entry only"),
                arguments("id that reads like another entry's id",
                        variant(changes(11, "    related: []", 13, "  - id: distillations", 25, "    term: distillations")), 13, 9,
                        "id 'distillations' clashes with the id 'distillation' of term 'distillation' (line 3); "
                                + "each spelling may belong to one entry only"),
                arguments("display term shared by two entries", variant(14, "    term: DISTILLATION"), 14, 11,
                        "display term 'DISTILLATION' of term 'distillation-attack' clashes with the id 'distillation' of term "
                                + "'distillation' (line 3); each spelling may belong to one entry only"),
                arguments("dangling related id", variant(11, "    related: [distilation-attack]"), 11, 15,
                        "related id 'distilation-attack' in term 'distillation' names no term; did you mean 'distillation-attack'?"),
                arguments("related to itself", variant(11, "    related: [distillation]"), 11, 15,
                        "term 'distillation' lists itself as related"),
                arguments("rule on unknown term", variant(25, "    term: distillation-atack"), 25, 11,
                        "rule 'distillation-attack' points at unknown term 'distillation-atack'; did you mean 'distillation-attack'?"),
                arguments("http link", variant(10, "        url: http://arxiv.org/abs/1503.02531"), 10, 14,
                        "link url 'http://arxiv.org/abs/1503.02531' must use https"),
                arguments("link with a space", variant(10, "        url: https://arxiv.org/abs/1503 02531"), 10, 14,
                        "link url 'https://arxiv.org/abs/1503 02531' contains whitespace; write spaces as %20"),
                arguments("link without host", variant(10, "        url: https:///abs/1503.02531"), 10, 14,
                        "link url 'https:///abs/1503.02531' has no valid host name"),
                arguments("malformed link", variant(10, "        url: https://arxiv.org/abs/{id}"), 10, 14,
                        "link url 'https://arxiv.org/abs/{id}' is malformed: Illegal character in path at character 23"),
                arguments("relative link", variant(10, "        url: arxiv.org/abs/1503.02531"), 10, 14,
                        "link url 'arxiv.org/abs/1503.02531' must be an absolute https URL"),
                arguments("tracking parameter", variant(10, "        url: https://arxiv.org/abs/1503.02531?utm_source=chat"), 10, 14,
                        "link url 'https://arxiv.org/abs/1503.02531?utm_source=chat' carries the tracking parameter 'utm_source'; remove it"),
                arguments("click id after a real parameter", variant(10, "        url: https://example.org/paper?id=7&fbclid=IwAR0"), 10, 14,
                        "link url 'https://example.org/paper?id=7&fbclid=IwAR0' carries the tracking parameter 'fbclid'; remove it"),
                arguments("ad click id in capitals", variant(10, "        url: https://example.org/paper?GCLID=abc"), 10, 14,
                        "link url 'https://example.org/paper?GCLID=abc' carries the tracking parameter 'gclid'; remove it"),
                arguments("analytics linker", variant(10, "        url: https://example.org/paper?_gl=1*abc"), 10, 14,
                        "link url 'https://example.org/paper?_gl=1*abc' carries the tracking parameter '_gl'; remove it"),
                arguments("plain http", variant(10, "        url: http://arxiv.org/abs/1503.02531"), 10, 14,
                        "link url 'http://arxiv.org/abs/1503.02531' must use https"),
                arguments("link without url", variant(10, null), 9, 9,
                        "link 1 of term 'distillation' is missing 'url'"),
                arguments("no links", variant(changes(8, "    links: []", 9, null, 10, null)), 8, 12,
                        "term 'distillation' needs at least one link to a source"),
                arguments("empty phrase", variant(26, "    phrases: [distillation attack, '']"), 26, 36,
                        "item 2 of 'phrases' in rule 'distillation-attack' is empty"),
                arguments("empty phrase list", variant(26, "    phrases: []"), 26, 14,
                        "rule 'distillation-attack' watches no phrases; list at least one under 'phrases'"),
                arguments("phrase of punctuation only", variant(26, "    phrases: [distillation attack, '--']"), 26, 36,
                        "phrase '--' has no letters or digits"),
                arguments("exception that cannot apply", variant(27, "    exceptions: [distillation column]"), 27, 18,
                        "exception 'distillation column' of rule 'distillation-attack' contains none of its phrases, so it could never apply"),
                arguments("empty reply", variant(28, "    reply: ''"), 28, 12,
                        "'reply' in rule 'distillation-attack' is empty"),
                arguments("wrong type: text instead of list", variant(5, "    aliases: knowledge distillation"), 5, 14,
                        "'aliases' in term 'distillation' must be a list, not a text"),
                arguments("wrong type: list instead of text", variant(6, "    definition: [one, two]"), 6, 17,
                        "'definition' in term 'distillation' must be a text, not a list"),
                arguments("wrong type: terms as mapping", "version: 1\nterms: {}\n", 2, 8,
                        "'terms' in the glossary must be a list, not a mapping"),
                arguments("bad reviewed date", variant(12, "    reviewed: 2026-13-01"), 12, 15,
                        "reviewed date '2026-13-01' is not a calendar date written as YYYY-MM-DD"),
                arguments("id that is not a slug", variant(3, "  - id: Distillation Attack"), 3, 9,
                        "id 'Distillation Attack' must be a slug: lower-case letters and digits joined by single hyphens, like 'open-weight-model'"),
                arguments("definition of two sentences", variant(6, "    definition: Training one model on another. It is common."), 6, 17,
                        "'definition' in term 'distillation' has 2 sentences; write exactly 1"),
                arguments("note of one sentence", variant(7, "    note: It is a standard technique."), 7, 11,
                        "'note' in term 'distillation' has 1 sentence; write 2 to 4"),
                arguments("unsupported version", variant(1, "version: 2"), 1, 10,
                        "unsupported version '2'; this termbot reads version 1"),
                arguments("syntax error", variant(7, "    note: It is: bad. Really: bad."), 7, 16,
                        "YAML syntax error: mapping values are not allowed here"),
                arguments("unclosed flow list", variant(5, "    aliases: [knowledge distillation"), 6, 15,
                        "YAML syntax error: expected ',' or ']', but got : (while parsing a flow sequence)"),
                arguments("tab indentation", variant(4, "\tterm: Distillation"), 4, 1,
                        "YAML syntax error: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)"
                                + " (while scanning for the next token)"),
                arguments("empty file", "", 1, 1, "file is empty; expected 'version', 'terms' and 'rules'"),
                arguments("a list instead of a glossary", "- distillation\n- rlhf\n", 1, 1,
                        "the glossary must be a mapping with the keys version, terms, rules, stance, not a list"),
                arguments("no terms", "version: 1\nterms: []\n", 2, 8, "'terms' is empty; the glossary needs at least one entry"),
                arguments("unknown when_disputed", VALID + "    when_disputed: loud\n", 29, 20,
                        "'when_disputed' in rule 'distillation-attack' must be 'quiet' or 'note', not 'loud'"),
                arguments("unknown cue family", VALID + "    stance:\n      insults: [dumb]\n", 30, 7,
                        "unknown key 'insults' in 'stance' in rule 'distillation-attack'"),
                arguments("markup in a cue", VALID + "stance:\n  judgements: [misnomer, \"~~wrong~~\"]\n", 30, 26,
                        "cue '~~wrong~~' in 'judgements' of 'stance' in the glossary holds quote or markup characters; "
                                + "list words only (the analysis finds quotes, strikethrough and block quotes itself)"),
                arguments("a cue listed twice", VALID + "stance:\n  distancing: [so-called, So-Called]\n", 30, 27,
                        "cue 'So-Called' is listed twice in 'distancing' of 'stance' in the glossary"),
                arguments("a cue family that is not a list", VALID + "stance:\n  sarcasm: lol\n", 30, 12,
                        "'sarcasm' in 'stance' in the glossary must be a list, not a text"));
    }

    @Test
    void aliasBombsAreRefusedBeforeTheyExpand() {
        // GIVEN the "billion laughs" shape: each level refers to the one before it many times
        StringBuilder yaml = new StringBuilder("version: 1\nterms: []\nx0: &a0 [lol]\n");
        for (int level = 1; level <= 9; level++) {
            String refs = String.join(", ", java.util.Collections.nCopies(10, "*a" + (level - 1)));
            yaml.append("x").append(level).append(": &a").append(level).append(" [").append(refs).append("]\n");
        }
        // WHEN / THEN
        ConfigException error = catchThrowableOfType(ConfigException.class, () -> GlossaryFile.parse(yaml.toString(), FILE));
        assertThat(error.getMessage()).startsWith(FILE + ":1:1: YAML error: Number of aliases for non-scalar nodes exceeds");
    }

    @Test
    void everyProblemOfAPassIsReportedInFileOrder() {
        // GIVEN three independent mistakes
        String yaml = variant(changes(5, "    alias: [knowledge distillation]", 12, "    reviewed: yesterday",
                26, "    phrases: []"));
        // WHEN
        ConfigException error = catchThrowableOfType(ConfigException.class, () -> GlossaryFile.parse(yaml, FILE));
        // THEN the first is the exception, the others ride along in order
        assertThat(error.line()).isEqualTo(5);
        assertThat(error.getSuppressed()).extracting(Throwable::getMessage).containsExactly(
                FILE + ":12:15: reviewed date 'yesterday' is not a calendar date written as YYYY-MM-DD",
                FILE + ":26:14: rule 'distillation-attack' watches no phrases; list at least one under 'phrases'");
    }

    @Test
    void aByteOrderMarkAndFoldedProseAreAccepted() throws ConfigException {
        // GIVEN a BOM and a folded multi-line note
        String yaml = "\uFEFF" + variant(7, "    note: >-\n      It is a standard technique.\n      Labs use it all the time.");
        // WHEN
        Glossary glossary = GlossaryFile.parse(yaml, FILE);
        // THEN
        assertThat(glossary.term("distillation").orElseThrow().note())
                .isEqualTo("It is a standard technique. Labs use it all the time.");
    }

    /** The valid document with one line replaced ({@code null} deletes it; "\n" in the text adds lines). */
    static String variant(int line, String replacement) {
        Map<Integer, String> change = new TreeMap<>();
        change.put(line, replacement);
        return variant(change);
    }

    /** Line numbers and their replacements, in pairs: (line, text, line, text, ...). */
    private static Map<Integer, String> changes(Object... lineThenText) {
        Map<Integer, String> changes = new TreeMap<>();
        for (int i = 0; i < lineThenText.length; i += 2) {
            changes.put((Integer) lineThenText[i], (String) lineThenText[i + 1]);
        }
        return changes;
    }

    private static String variant(Map<Integer, String> changes) {
        List<String> lines = new ArrayList<>(Arrays.asList(VALID.split("\n", -1)));
        new TreeMap<>(changes).descendingMap().forEach((line, text) -> {
            if (text == null) {
                lines.remove(line - 1);
            } else {
                lines.set(line - 1, text);
            }
        });
        return String.join("\n", lines);
    }
}
