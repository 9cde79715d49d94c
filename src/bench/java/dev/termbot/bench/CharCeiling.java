package dev.termbot.bench;

/**
 * The ceiling: read every char of every message and nothing else. No detector can be faster than
 * this loop, so every other figure is reported as a fraction of it. The chars are summed into the
 * checksum so the loop cannot be eliminated. Used by one thread at a time.
 */
final class CharCeiling implements Workload {
    private final String[] messages;

    CharCeiling(BenchCorpus corpus) {
        this.messages = corpus.messages();
    }

    @Override
    public long process(int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            String text = messages[i];
            for (int k = 0, n = text.length(); k < n; k++) {
                sum += text.charAt(k);
            }
        }
        return sum;
    }
}
