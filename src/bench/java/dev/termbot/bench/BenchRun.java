package dev.termbot.bench;

import dev.termbot.core.Knowledge;
import dev.termbot.core.Markup;
import dev.termbot.detection.PhraseDetector;
import dev.termbot.detection.stance.StanceAnalyzer;
import dev.termbot.glossary.GlossaryLookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One benchmark run, single-threaded, in this process: loads the default glossary and models
 * (timing start-up and measuring the heap), then for each phrase-set size builds the rules and the
 * detector, generates the corpus, checks the detector's accuracy on it and times the ceiling, the
 * baselines, the detector and the core path on it.
 *
 * <p>Not thread-safe; run one at a time (a second concurrent run would halve both figures).
 */
public final class BenchRun {
    /** The one phrase simple autoresponders watch, timed once for reference. */
    static final String ONE_PHRASE = "distillation attack";

    private final BenchOptions options;
    private final Consumer<String> progress;
    private BenchReport.HitCost hitCost;

    /**
     * @param options  what to measure
     * @param progress receives a line before each step (the run takes a while)
     */
    public BenchRun(BenchOptions options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    public BenchReport run() {
        progress.accept("loading the default glossary and the OpenNLP models");
        Startup startup = Startup.load();
        List<SizeResult> sizes = new ArrayList<>();
        Rate containsOne = null;
        double averageBytes = 0;
        Set<String> knownWords = KnownWords.of(startup.inflections());
        BenchCorpus first = null;
        for (int size : options.sizes()) {
            PhraseSet phrases = PhraseSet.of(startup.glossary(), size, options.seed());
            CorpusGenerator generator = new CorpusGenerator(phrases, knownWords, options.seed());
            BenchCorpus corpus = first == null ? generator.corpus(options.messages()) : generator.corpusOver(first);
            first = first == null ? corpus : first;
            averageBytes = corpus.averageBytes();
            // the one-phrase reference is size-independent: measure it once, with the first size
            List<Workload> extra = containsOne == null ? List.of(new ContainsBaseline(corpus, List.of(ONE_PHRASE))) : List.of();
            Measured measured = measureSize(startup, phrases, corpus, extra);
            sizes.add(measured.result());
            if (containsOne == null) {
                containsOne = measured.extra().get(0);
            }
        }
        return new BenchReport(options.messages(), options.seed(), averageBytes, options.timing(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.runtime.version") + " " + System.getProperty("java.vm.name"),
                new BenchReport.StartupFigures(startup.readyMillis(), startup.stepMillis(), startup.heapMb(), startup.heapBeforeMb()),
                containsOne, hitCost, sizes);
    }

    private Measured measureSize(Startup startup, PhraseSet phrases, BenchCorpus corpus, List<Workload> extra) {
        int size = phrases.size();
        progress.accept(size + " phrases: building the detector");
        long start = System.nanoTime();
        PhraseDetector detector = PhraseDetector.build(phrases.rules(), startup.inflections());
        double buildMillis = (System.nanoTime() - start) / 1e6;
        // the real path: stance analysis runs on the messages that have a hit
        Knowledge knowledge = new Knowledge(startup.glossary().terms(), phrases.rules(), detector,
                new GlossaryLookup(startup.glossary().terms()), StanceAnalyzer.forRules(phrases.rules()));
        progress.accept(size + " phrases: accuracy on " + corpus.variants() + " variants and " + corpus.nearMisses() + " near misses");
        Accuracy accuracy = Accuracy.measure(detector, corpus);
        progress.accept(size + " phrases: timing ceiling, contains, regex, detector and core path, interleaved");
        List<Workload> workloads = new ArrayList<>(List.of(new CharCeiling(corpus),
                new ContainsBaseline(corpus, phrases.plainPhrases()), new RegexBaseline(corpus, phrases.plainPhrases()),
                new DetectorOnly(corpus, detector), new CorePath(corpus, knowledge)));
        workloads.addAll(extra);
        List<Rate> rates = new Throughput(corpus, options.timing()).measure(workloads);
        if (hitCost == null) {
            hitCost = measureHitCost(corpus, detector, knowledge, size);
        }
        SizeResult result = new SizeResult(size, phrases.rules().size(), buildMillis, rates.get(0), rates.get(1),
                rates.get(2), rates.get(3), rates.get(4), accuracy);
        return new Measured(result, rates.subList(5, rates.size()));
    }

    // the same messages with a hit, timed with the detector alone and with stance analysis added
    private BenchReport.HitCost measureHitCost(BenchCorpus corpus, PhraseDetector detector, Knowledge knowledge, int size) {
        List<String> withHit = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            if (!detector.detect(corpus.message(i), Markup.PLAIN).isEmpty()) {
                withHit.add(corpus.message(i));
            }
        }
        progress.accept(size + " phrases: timing " + withHit.size() + " messages with a hit, detector alone and with stance analysis");
        BenchCorpus hits = new BenchCorpus(withHit, List.of());
        List<Rate> rates = new Throughput(hits, options.timing()).measure(
                List.of(new DetectorOnly(hits, detector), new JudgedHits(hits, knowledge)));
        return new BenchReport.HitCost(withHit.size(), rates.get(0), rates.get(1));
    }

    private record Measured(SizeResult result, List<Rate> extra) {
    }
}
