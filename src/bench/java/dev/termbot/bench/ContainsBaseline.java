package dev.termbot.bench;

import java.util.List;
import java.util.Locale;

/**
 * What simple autoresponders do: lowercase the message, then {@code String.contains} every phrase
 * in turn. No variants, no code or URL awareness. Used by one thread at a time.
 */
final class ContainsBaseline implements Workload {
    private final String[] messages;
    private final String[] phrases;

    ContainsBaseline(BenchCorpus corpus, List<String> phrases) {
        this.messages = corpus.messages();
        this.phrases = phrases.stream().map(p -> p.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    @Override
    public long process(int from, int to) {
        long found = 0;
        for (int i = from; i < to; i++) {
            String lower = messages[i].toLowerCase(Locale.ROOT);
            for (String phrase : phrases) {
                if (lower.contains(phrase)) {
                    found++;
                }
            }
        }
        return found;
    }
}
