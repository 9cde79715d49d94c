package dev.termbot.bench;

import dev.termbot.core.Detector;
import dev.termbot.core.Hit;
import dev.termbot.core.Markup;

/** termbot's detector alone, on plain text, as {@code scan} and every adapter call it. One thread at a time. */
final class DetectorOnly implements Workload {
    private final String[] messages;
    private final Detector detector;

    DetectorOnly(BenchCorpus corpus, Detector detector) {
        this.messages = corpus.messages();
        this.detector = detector;
    }

    @Override
    public long process(int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            for (Hit hit : detector.detect(messages[i], Markup.PLAIN)) {
                sum += hit.end();
            }
        }
        return sum;
    }
}
