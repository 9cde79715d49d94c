package dev.termbot.bench;

import dev.termbot.core.Hit;
import dev.termbot.core.Knowledge;
import dev.termbot.core.Markup;

import java.util.List;

/**
 * Detection and stance analysis, as the bot runs them on every message ({@link Knowledge#judgedHits}).
 * Timed on messages that have a hit, beside {@link DetectorOnly} on the same messages, it gives the
 * cost a hit adds: sentence splitting, tokens, tags and the cue grammar. One thread at a time.
 */
final class JudgedHits implements Workload {
    private final String[] messages;
    private final Knowledge knowledge;

    JudgedHits(BenchCorpus corpus, Knowledge knowledge) {
        this.messages = corpus.messages();
        this.knowledge = knowledge;
    }

    @Override
    public long process(int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            List<Hit> hits = knowledge.judgedHits(messages[i], Markup.PLAIN);
            for (int k = 0; k < hits.size(); k++) {
                sum += hits.get(k).end() + hits.get(k).stance().ordinal();
            }
        }
        return sum;
    }
}
