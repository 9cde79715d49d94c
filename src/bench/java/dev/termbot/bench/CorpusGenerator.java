package dev.termbot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the deterministic synthetic chat corpus: background messages from {@link ChatFiller},
 * about {@link #VARIANT_SHARE} of them replaced by a message with a planted variant of a watched
 * phrase and as many by a near miss. The background and the positions of the plants depend on
 * the seed only; what is planted also depends on the phrase set, so every size of a run reads the
 * same chat with its own phrases planted in the same places.
 *
 * <p>Not thread-safe (one generator per corpus); deterministic for a seed and phrase set.
 */
final class CorpusGenerator {
    static final double VARIANT_SHARE = 0.01;
    static final double NEAR_MISS_SHARE = 0.01;
    /** Share of plants that use one of the real glossary's phrases rather than a synthetic one. */
    private static final int REAL_PERCENT = 30;

    private final PhraseSet phrases;
    private final Typos typos;
    private final long seed;

    /** Receives the messages in order. */
    interface Sink {
        void accept(int index, String text, Plant plant);
    }

    /**
     * @param phrases   the phrases to plant
     * @param realWords real words of the language, so that no planted typo spells one
     * @param seed      fixes the corpus
     */
    CorpusGenerator(PhraseSet phrases, Set<String> realWords, long seed) {
        this.phrases = phrases;
        this.typos = new Typos(realWords, phrases.watched().stream().flatMap(w -> w.words().stream()).distinct().toList());
        this.seed = seed;
    }

    /** Generates the corpus in memory. */
    BenchCorpus corpus(int messages) {
        List<String> texts = new ArrayList<>(messages);
        List<Plant> plants = new ArrayList<>();
        generate(messages, (index, text, plant) -> {
            texts.add(text);
            if (plant != null) {
                plants.add(plant);
            }
        });
        return new BenchCorpus(texts, plants);
    }

    /**
     * The corpus for this generator's phrase set that reuses the background message objects of
     * {@code base} (a corpus from the same seed, for any phrase set). Every size of a run then reads
     * the very same strings at the very same addresses: a memory-bound loop such as the char-read
     * ceiling was measured up to 1.8 times faster on the corpus generated first than on an identical
     * one generated later, which would make the sizes of one run incomparable.
     */
    BenchCorpus corpusOver(BenchCorpus base) {
        List<String> texts = new ArrayList<>(base.size());
        List<Plant> plants = new ArrayList<>();
        generate(base.size(), (index, text, plant) -> {
            if (plant != null) {
                texts.add(text);
                plants.add(plant);
            } else if (base.plantAt(index) == null && base.message(index).equals(text)) {
                texts.add(base.message(index));
            } else {
                throw new IllegalArgumentException("the base corpus was not generated from seed " + seed);
            }
        });
        return new BenchCorpus(texts, plants);
    }

    /** Streams {@code messages} messages to the sink (the plant is null for background messages). */
    void generate(int messages, Sink sink) {
        SplittableRandom layout = new SplittableRandom(seed);
        SplittableRandom planting = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + phrases.size());
        for (int i = 0; i < messages; i++) {
            String background = ChatFiller.message(layout);
            double roll = layout.nextDouble();
            if (roll < VARIANT_SHARE) {
                plantVariant(i, planting, sink);
            } else if (roll < VARIANT_SHARE + NEAR_MISS_SHARE) {
                plantNearMiss(i, planting, sink);
            } else {
                sink.accept(i, background, null);
            }
        }
    }

    private void plantVariant(int index, SplittableRandom random, Sink sink) {
        WatchedPhrase watched = pickPhrase(random);
        VariantKind[] kinds = VariantKind.values();
        int first = random.nextInt(kinds.length);
        for (int k = 0; k < kinds.length; k++) {
            VariantKind kind = kinds[(first + k) % kinds.length];
            var spelled = kind.spell(watched, random, typos);
            if (spelled.isPresent()) {
                emit(index, true, kind.name(), watched, spelled.get(), random, sink);
                return;
            }
        }
        throw new IllegalStateException("no variant applies to \"" + watched.phrase() + "\"");
    }

    private void plantNearMiss(int index, SplittableRandom random, Sink sink) {
        WatchedPhrase watched = pickPhrase(random);
        NearMissKind[] kinds = NearMissKind.values();
        int first = random.nextInt(kinds.length);
        for (int k = 0; k < kinds.length; k++) {
            NearMissKind kind = kinds[(first + k) % kinds.length];
            var spelled = kind.spell(watched);
            if (spelled.isPresent()) {
                emit(index, false, kind.name(), watched, spelled.get(), random, sink);
                return;
            }
        }
        throw new IllegalStateException("no near miss applies to \"" + watched.phrase() + "\"");
    }

    private WatchedPhrase pickPhrase(SplittableRandom random) {
        List<WatchedPhrase> pool = phrases.syntheticOnes().isEmpty() || random.nextInt(100) < REAL_PERCENT
                ? phrases.realPhrases() : phrases.syntheticOnes();
        return ChatFiller.pick(random, pool);
    }

    private static void emit(int index, boolean variant, String kind, WatchedPhrase watched, String fragment,
                             SplittableRandom random, Sink sink) {
        String lead = ChatFiller.words(random, 1, 6);
        String tail = ChatFiller.words(random, 1, 6) + ChatFiller.pick(random, List.of("", ".", "?", "!"));
        boolean block = fragment.startsWith("```");
        String before = lead + (block ? "\n" : " ");
        String text = before + fragment + (block ? "\n" : " ") + tail;
        sink.accept(index, text, new Plant(index, variant, kind, watched.ruleId(), before.length(), before.length() + fragment.length()));
    }
}
