package dev.termbot.detection.stance;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns masked message text into {@link Sentence}s with OpenNLP: each line is split into sentences
 * (chat lines are sentences even without a full stop), each sentence into tokens, which are tagged
 * and stemmed. The OpenNLP tools are not thread-safe, so every thread gets its own; the models
 * behind them are shared.
 */
final class SentenceReader {
    private static final ThreadLocal<SentenceReader> PER_THREAD = ThreadLocal.withInitial(SentenceReader::new);

    private final SentenceDetectorME sentences = new SentenceDetectorME(EnglishModels.sentences());
    private final TokenizerME tokenizer = new TokenizerME(EnglishModels.tokens());
    private final POSTaggerME tagger = new POSTaggerME(EnglishModels.tags());
    private final PorterStemmer stemmer = new PorterStemmer();

    private SentenceReader() {
    }

    static SentenceReader forThisThread() {
        return PER_THREAD.get();
    }

    /** Sentence spans of the masked text, in order; a line break always ends a sentence. */
    List<Span> spans(String masked) {
        List<Span> spans = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= masked.length()) {
            int newline = masked.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? masked.length() : newline;
            String line = masked.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span span : sentences.sentPosDetect(line)) {
                    spans.add(new Span(lineStart + span.getStart(), lineStart + span.getEnd()));
                }
            }
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    Sentence read(String masked, Span span, boolean quoted) {
        String text = masked.substring(span.getStart(), span.getEnd());
        List<String> words = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        for (Span token : tokenizer.tokenizePos(text)) {
            TokenPieces.split(text, token.getStart(), token.getEnd(), (from, to) -> {
                words.add(text.substring(from, to).toLowerCase(Locale.ROOT).replace('\u2019', '\''));
                offsets.add(new int[] {span.getStart() + from, span.getStart() + to});
            });
        }
        dropJoiningHyphens(words, offsets);
        String[] lower = words.toArray(String[]::new);
        // the tagger sees the words as written (a typographic apostrophe as a plain one) for its context
        String[] tags = lower.length == 0 ? new String[0] : tagger.tag(asWritten(masked, offsets));
        String[] stems = new String[lower.length];
        int[] starts = new int[lower.length];
        int[] ends = new int[lower.length];
        for (int i = 0; i < lower.length; i++) {
            stems[i] = stem(lower[i]);
            starts[i] = offsets.get(i)[0];
            ends[i] = offsets.get(i)[1];
        }
        boolean question = text.stripTrailing().endsWith("?") || endsWithQuestionBeforeEmoji(text);
        return new Sentence(span.getStart(), span.getEnd(), quoted, lower, stems, tags, starts, ends, question);
    }

    // "made-up" may come back as "made", "-", "up": the hyphen joins, it is not a clause break
    private static void dropJoiningHyphens(List<String> words, List<int[]> offsets) {
        for (int i = words.size() - 2; i >= 1; i--) {
            if (words.get(i).equals("-") && offsets.get(i - 1)[1] == offsets.get(i)[0]
                    && offsets.get(i)[1] == offsets.get(i + 1)[0]) {
                words.remove(i);
                offsets.remove(i);
            }
        }
    }

    String stem(String word) {
        return CueWords.stem(stemmer, word);
    }

    private static String[] asWritten(String masked, List<int[]> offsets) {
        String[] written = new String[offsets.size()];
        for (int i = 0; i < written.length; i++) {
            written[i] = masked.substring(offsets.get(i)[0], offsets.get(i)[1]).replace('\u2019', '\'');
        }
        return written;
    }

    // "is this a distillation attack? 🤔" still asks
    private static boolean endsWithQuestionBeforeEmoji(String text) {
        int at = text.length();
        while (at > 0) {
            int c = text.codePointBefore(at);
            if (c == '?') {
                return true;
            }
            if (Character.isLetterOrDigit(c) || c == '.' || c == '!') {
                return false;
            }
            at -= Character.charCount(c);
        }
        return false;
    }
}
