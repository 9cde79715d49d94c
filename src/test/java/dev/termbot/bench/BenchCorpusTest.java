package dev.termbot.bench;

import dev.termbot.detection.OpenNlpInflections;
import dev.termbot.glossary.Glossary;
import dev.termbot.glossary.GlossaryFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchCorpusTest {
    private static final int MESSAGES = 20_000;
    private static final Glossary GLOSSARY = GlossaryFile.loadDefault();
    private static final Set<String> REAL_WORDS = KnownWords.of(Shared.INFLECTIONS);

    private static final class Shared {
        static final OpenNlpInflections INFLECTIONS = OpenNlpInflections.fromClasspath();
    }

    private static BenchCorpus corpus(int phrases, long seed) {
        return new CorpusGenerator(PhraseSet.of(GLOSSARY, phrases, seed), REAL_WORDS, seed).corpus(MESSAGES);
    }

    @Test
    void the_same_seed_gives_the_same_corpus_and_another_seed_another() {
        // GIVEN two generators with seed 7 and one with seed 8
        BenchCorpus first = corpus(200, 7);
        BenchCorpus again = corpus(200, 7);
        BenchCorpus other = corpus(200, 8);
        // THEN the first two are identical, message by message and plant by plant
        assertThat(first.sameMessagesAs(again)).isTrue();
        assertThat(first.plants()).isEqualTo(again.plants());
        // AND the third differs
        assertThat(first.sameMessagesAs(other)).isFalse();
    }

    @Test
    void every_size_reads_the_same_chat_with_its_own_phrases_planted_in_the_same_places() {
        BenchCorpus small = corpus(20, 42);
        BenchCorpus large = corpus(2000, 42);

        assertThat(small.plants()).extracting(Plant::index, Plant::variant)
                .isEqualTo(large.plants().stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.index(), p.variant())).toList());
        for (int i = 0; i < MESSAGES; i++) {
            if (small.plantAt(i) == null) {
                assertThat(large.message(i)).isEqualTo(small.message(i));
            }
        }
        assertThat(large.plants()).anyMatch(p -> p.ruleId().startsWith(PhraseSet.RULE_PREFIX + "01"));
    }

    @Test
    void about_one_percent_variants_and_one_percent_near_misses() {
        BenchCorpus corpus = corpus(2000, 42);

        assertThat(corpus.variants()).isBetween(150L, 250L);
        assertThat(corpus.nearMisses()).isBetween(150L, 250L);
    }

    @Test
    void every_kind_of_variant_and_near_miss_is_planted() {
        BenchCorpus corpus = corpus(200, 42);

        Set<String> variants = corpus.plants().stream().filter(Plant::variant).map(Plant::kind).collect(Collectors.toSet());
        Set<String> nearMisses = corpus.plants().stream().filter(p -> !p.variant()).map(Plant::kind).collect(Collectors.toSet());
        assertThat(variants).containsExactlyInAnyOrderElementsOf(Arrays.stream(VariantKind.values()).map(Enum::name).toList());
        assertThat(nearMisses).containsExactlyInAnyOrderElementsOf(Arrays.stream(NearMissKind.values()).map(Enum::name).toList());
    }

    @Test
    void plants_point_at_their_fragment() {
        BenchCorpus corpus = corpus(200, 42);

        for (Plant plant : corpus.plants()) {
            String fragment = corpus.message(plant.index()).substring(plant.start(), plant.end());
            assertThat(fragment).isNotBlank();
            switch (plant.kind()) {
                case "INLINE_CODE" -> assertThat(fragment).startsWith("`").endsWith("`");
                case "CODE_BLOCK" -> assertThat(fragment).startsWith("```\n").endsWith("\n```");
                case "URL" -> assertThat(fragment).startsWith("https://").doesNotContain(" ");
                case "FILE_NAME" -> assertThat(fragment).endsWith("_v2.csv").doesNotContain(" ");
                case "INSTALLATION" -> assertThat(fragment).contains("installation");
                case "DISTRIBUTION" -> assertThat(fragment).contains("distribution");
                case "BOLD" -> assertThat(fragment).startsWith("**").endsWith("**");
                case "UPPER_CASE" -> assertThat(fragment).isUpperCase();
                case "LINE_BREAK" -> assertThat(fragment).contains("\n");
                case "EN_DASH" -> assertThat(fragment).contains("\u2013");
                case "HOMOGLYPH" -> assertThat(fragment).containsPattern("[\u0400-\u04FF]");
                case "ZERO_WIDTH" -> assertThat(fragment).containsPattern("[\u200B\u200D\u2060\u00AD]");
                default -> {
                    // the other kinds are plain text
                }
            }
        }
    }

    @Test
    void the_chat_looks_like_chat() {
        BenchCorpus corpus = corpus(20, 42);
        List<String> messages = Arrays.asList(corpus.messages());

        assertThat(corpus.averageBytes()).isBetween(95.0, 125.0);
        assertThat(messages).anyMatch(m -> m.contains("```"));
        assertThat(messages).anyMatch(m -> m.matches("(?s).*[^`]`[^`]+`.*"));
        assertThat(messages).anyMatch(m -> m.contains("https://"));
        assertThat(messages).anyMatch(m -> m.contains("<@U"));
        assertThat(messages).anyMatch(m -> m.matches("(?s).*<@\\d{18}>.*"));
        assertThat(messages).anyMatch(m -> m.codePoints().anyMatch(cp -> cp >= 0x1F300));
        assertThat(messages).anyMatch(m -> m.contains("**"));
        assertThat(messages).anyMatch(m -> m.contains("distillation") && !m.toLowerCase(Locale.ROOT).contains("distillation attack"));
        assertThat(messages.stream().mapToInt(String::length).max().orElseThrow()).isGreaterThan(400);
        assertThat(messages.stream().mapToInt(String::length).min().orElseThrow()).isLessThan(10);
    }

    @Test
    void phrase_sets_have_their_size_no_duplicates_and_grow_by_adding() {
        PhraseSet p20 = PhraseSet.of(GLOSSARY, 20, 42);
        PhraseSet p200 = PhraseSet.of(GLOSSARY, 200, 42);
        PhraseSet p2000 = PhraseSet.of(GLOSSARY, 2000, 42);

        for (PhraseSet set : List.of(p20, p200, p2000)) {
            List<String> phrases = set.plainPhrases();
            assertThat(phrases).hasSize(set.size()).doesNotHaveDuplicates();
            assertThat(set.rules().stream().mapToInt(r -> r.phrases().size()).sum()).isEqualTo(set.size());
            assertThat(set.rules()).extracting(r -> r.id()).doesNotHaveDuplicates();
            assertThat(set.rules()).allSatisfy(rule -> assertThat(GLOSSARY.term(rule.termId())).isPresent());
            assertThat(set.rules().subList(0, GLOSSARY.rules().size())).isEqualTo(GLOSSARY.rules());
        }
        assertThat(p2000.rules()).hasSize(GLOSSARY.rules().size() + (2000 - PhraseSet.realPhraseCount(GLOSSARY) + 9) / 10);
        assertThat(p2000.plainPhrases()).startsWith(p200.plainPhrases().toArray(String[]::new));
        assertThat(p2000.syntheticOnes()).allSatisfy(w -> assertThat(w.words()).hasSize(2));
    }

    @Test
    void a_size_below_the_glossary_or_above_the_vocabulary_is_refused() {
        assertThatThrownBy(() -> PhraseSet.of(GLOSSARY, 1, 42)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhraseSet.of(GLOSSARY, PhraseSet.syntheticCapacity() + 100, 42))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void no_two_vocabulary_words_are_one_typo_apart_and_chat_words_stay_clear_of_them() {
        List<String> watched = new ArrayList<>(Vocabulary.phraseWords());
        GLOSSARY.rules().forEach(rule -> rule.phrases().forEach(p -> watched.addAll(new WatchedPhrase(rule.id(), p, true, false).words())));
        List<String> distinct = watched.stream().distinct().toList();
        for (int a = 0; a < distinct.size(); a++) {
            for (int b = a + 1; b < distinct.size(); b++) {
                assertThat(Typos.withinOneEdit(distinct.get(a), distinct.get(b))).as("%s / %s", distinct.get(a), distinct.get(b)).isFalse();
            }
        }
        for (String chat : Vocabulary.CHAT) {
            for (String word : distinct) {
                assertThat(Typos.withinOneEdit(chat.toLowerCase(Locale.ROOT), word)).as("%s / %s", chat, word).isFalse();
            }
        }
    }

    @Test
    void planted_typos_are_one_edit_away_and_never_real_words() {
        Typos typos = new Typos(REAL_WORDS, Vocabulary.phraseWords());
        SplittableRandom random = new SplittableRandom(1);
        Set<String> seen = new HashSet<>();
        for (String word : Vocabulary.phraseWords()) {
            typos.of(word, random).ifPresent(typo -> {
                seen.add(typo);
                assertThat(typo).isNotEqualTo(word);
                assertThat(Typos.withinOneEdit(typo, word)).isTrue();
                assertThat(REAL_WORDS).doesNotContain(typo);
                assertThat(typo.charAt(0)).isEqualTo(word.charAt(0));
            });
        }
        assertThat(seen).hasSizeGreaterThan(50);
        assertThat(typos.of("leak", random)).as("short words get no typo").isEmpty();
    }

    @Test
    void the_scan_corpus_plants_only_the_glossary_phrases() {
        List<String> lines = new ArrayList<>();
        ScanCorpus.generate(3_000, 42, (index, text) -> lines.add(text));

        assertThat(lines).hasSize(3_000);
        assertThat(String.join("\n", lines)).doesNotContain(PhraseSet.RULE_PREFIX);
        assertThat(lines).anyMatch(line -> line.toLowerCase(Locale.ROOT).contains("distillation"));
    }

    @Test
    void known_words_are_the_vocabulary_plus_the_detectors_curated_list() {
        assertThat(KnownWords.of(dev.termbot.detection.Inflections.NONE)).as("the curated list is on the classpath").isNotEmpty();
        assertThat(KnownWords.of(Shared.INFLECTIONS)).containsAll(Shared.INFLECTIONS.realWords());
    }

    @Test
    void a_later_size_reads_the_very_same_background_strings_as_the_first() {
        // GIVEN the corpus of the first size
        BenchCorpus first = corpus(20, 42);
        // WHEN the corpus of another size is built over it
        BenchCorpus over = new CorpusGenerator(PhraseSet.of(GLOSSARY, 2000, 42), REAL_WORDS, 42).corpusOver(first);
        // THEN it is the corpus that size would have had, sharing every background string object
        assertThat(over.sameMessagesAs(corpus(2000, 42))).isTrue();
        assertThat(over.plants()).isEqualTo(corpus(2000, 42).plants());
        for (int i = 0; i < MESSAGES; i++) {
            if (first.plantAt(i) == null) {
                assertThat(over.message(i)).isSameAs(first.message(i));
            }
        }
        // AND a base from another seed is refused
        assertThatThrownBy(() -> new CorpusGenerator(PhraseSet.of(GLOSSARY, 200, 7), REAL_WORDS, 7).corpusOver(first))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
