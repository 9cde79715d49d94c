package dev.termbot.bench;

import dev.termbot.core.MisuseRule;
import dev.termbot.core.Term;
import dev.termbot.glossary.Glossary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The rules a benchmark size runs with: the real glossary's rules, plus synthetic rules of ten
 * phrases each until the total number of watched phrases is {@code size}. Synthetic phrases are
 * modifier + head combinations from {@link Vocabulary}, shuffled by the seed; the phrases of a
 * smaller size are a prefix of those of a larger one, so sizes differ only in what is added.
 *
 * <p>Immutable and thread-safe.
 *
 * @param size    the number of watched phrases (real and synthetic)
 * @param rules   the rules, real ones first
 * @param watched every watched phrase with its rule
 */
record PhraseSet(int size, List<MisuseRule> rules, List<WatchedPhrase> watched) {
    static final int PHRASES_PER_RULE = 10;
    static final String RULE_PREFIX = "bench-";

    PhraseSet {
        rules = List.copyOf(rules);
        watched = List.copyOf(watched);
    }

    /** The real rules alone (what {@code scan} and {@code console} watch). */
    static PhraseSet real(Glossary glossary) {
        return of(glossary, realPhraseCount(glossary), 0L);
    }

    /**
     * The real rules plus synthetic ones up to {@code size} phrases.
     *
     * @throws IllegalArgumentException when {@code size} is below the real phrase count or above
     *                                  what the vocabulary can combine
     */
    static PhraseSet of(Glossary glossary, int size, long seed) {
        int real = realPhraseCount(glossary);
        if (size < real) {
            throw new IllegalArgumentException("the glossary alone watches " + real + " phrases; a set of " + size + " cannot hold them");
        }
        List<MisuseRule> rules = new ArrayList<>(glossary.rules());
        List<WatchedPhrase> watched = new ArrayList<>();
        for (MisuseRule rule : glossary.rules()) {
            rule.phrases().forEach(phrase -> watched.add(new WatchedPhrase(rule.id(), phrase, true, false)));
        }
        List<String> synthetic = syntheticPhrases(size - real, seed);
        List<String> termIds = glossary.terms().stream().map(Term::id).toList();
        for (int from = 0, r = 0; from < synthetic.size(); from += PHRASES_PER_RULE, r++) {
            List<String> phrases = synthetic.subList(from, Math.min(synthetic.size(), from + PHRASES_PER_RULE));
            String id = String.format("%s%04d", RULE_PREFIX, r);
            rules.add(new MisuseRule(id, termIds.get(r % termIds.size()), phrases, List.of(),
                    "A synthetic benchmark rule.", List.of()));
            phrases.forEach(phrase -> watched.add(new WatchedPhrase(id, phrase, isCountNoun(phrase), true)));
        }
        return new PhraseSet(size, rules, watched);
    }

    /** How many synthetic phrases the vocabulary can combine at most. */
    static int syntheticCapacity() {
        return Vocabulary.MODIFIERS.size() * (Vocabulary.COUNT_HEADS.size() + Vocabulary.MASS_HEADS.size());
    }

    /** {@code count} distinct modifier + head phrases in an order fixed by the seed. */
    static List<String> syntheticPhrases(int count, long seed) {
        if (count > syntheticCapacity()) {
            throw new IllegalArgumentException("at most " + syntheticCapacity() + " synthetic phrases can be combined, not " + count);
        }
        List<String> all = new ArrayList<>();
        List<String> heads = new ArrayList<>(Vocabulary.COUNT_HEADS);
        heads.addAll(Vocabulary.MASS_HEADS);
        for (String modifier : Vocabulary.MODIFIERS) {
            for (String head : heads) {
                all.add(modifier + " " + head);
            }
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_F00DL);
        for (int i = all.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            all.set(j, all.set(i, all.get(j)));
        }
        Set<String> distinct = new LinkedHashSet<>(all);
        return List.copyOf(distinct).subList(0, count);
    }

    /** The phrases of the glossary's own rules. */
    static int realPhraseCount(Glossary glossary) {
        return glossary.rules().stream().mapToInt(rule -> rule.phrases().size()).sum();
    }

    private static boolean isCountNoun(String phrase) {
        return Vocabulary.COUNT_HEADS.contains(phrase.substring(phrase.lastIndexOf(' ') + 1));
    }

    /** The watched phrases as the {@code contains} and regex baselines see them: lowercase, as spelled. */
    List<String> plainPhrases() {
        return watched.stream().map(w -> w.phrase().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** Phrases of the real glossary. */
    List<WatchedPhrase> realPhrases() {
        return watched.stream().filter(w -> !w.synthetic()).toList();
    }

    /** Phrases generated for this size. */
    List<WatchedPhrase> syntheticOnes() {
        return watched.stream().filter(WatchedPhrase::synthetic).toList();
    }
}
