package dev.termbot.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One case-insensitive regular expression: every phrase quoted, joined into one alternation, with
 * {@code \b} on both sides. The matcher is reused between messages. Used by one thread at a time.
 */
final class RegexBaseline implements Workload {
    private final String[] messages;
    private final Matcher matcher;

    RegexBaseline(BenchCorpus corpus, List<String> phrases) {
        this.messages = corpus.messages();
        this.matcher = pattern(phrases).matcher("");
    }

    static Pattern pattern(List<String> phrases) {
        String alternation = phrases.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("\\b(?:" + alternation + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    @Override
    public long process(int from, int to) {
        long found = 0;
        for (int i = from; i < to; i++) {
            matcher.reset(messages[i]);
            while (matcher.find()) {
                found += matcher.end();
            }
        }
        return found;
    }
}
