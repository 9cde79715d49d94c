package dev.termbot.bench;

import dev.termbot.core.Detector;
import dev.termbot.core.Hit;
import dev.termbot.core.Markup;

import java.util.List;

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
            // by index: an iterator per message would be the harness's cost, not the detector's
            List<Hit> hits = detector.detect(messages[i], Markup.PLAIN);
            for (int k = 0; k < hits.size(); k++) {
                sum += hits.get(k).end();
            }
        }
        return sum;
    }
}
