package dev.termbot.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Ways to use a watched phrase's words that are NOT the phrase (issue 2): a different real word
 * ("installation attack", "distribution attack"), the words across a list or sentence boundary
 * ("distillation, attack surfaces", "distillation. Attack vectors"), the phrase in inline code or a
 * code block, in a URL, in a file name, or the words far apart. Stateless.
 */
enum NearMissKind {
    INSTALLATION, DISTRIBUTION, COMMA, SENTENCE, INLINE_CODE, CODE_BLOCK, URL, FILE_NAME, FAR_APART;

    private static final String WATCHED_WORD = "distillation";

    /** The near miss built from this phrase, or empty when this kind does not apply to it. */
    Optional<String> spell(WatchedPhrase watched) {
        String phrase = watched.phrase();
        List<String> words = watched.words();
        String allButLast = String.join(" ", words.subList(0, words.size() - 1));
        String last = words.get(words.size() - 1);
        return switch (this) {
            case INSTALLATION -> replaced(words, "installation");
            case DISTRIBUTION -> replaced(words, "distribution");
            case COMMA -> Optional.of(allButLast + ", " + last + " surfaces are another topic");
            case SENTENCE -> Optional.of(allButLast + ". " + last.substring(0, 1).toUpperCase(Locale.ROOT)
                    + last.substring(1) + " vectors differ though");
            case INLINE_CODE -> Optional.of("`" + phrase + "`");
            case CODE_BLOCK -> Optional.of("```\n" + phrase + "\n```");
            case URL -> Optional.of("https://example.com/posts/" + String.join("-", words) + "-explained");
            case FILE_NAME -> Optional.of(String.join("_", words) + "_v2.csv");
            case FAR_APART -> Optional.of(allButLast + " is fine, but the whole " + last + " story came later");
        };
    }

    private static Optional<String> replaced(List<String> words, String instead) {
        if (!words.contains(WATCHED_WORD)) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", words.stream().map(w -> w.equals(WATCHED_WORD) ? instead : w).toList()));
    }
}
