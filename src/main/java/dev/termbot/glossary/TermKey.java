package dev.termbot.glossary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normal form under which ids, display terms, aliases and {@code /define} queries are compared,
 * so that "LLMs", "**llm**", "open-weights" and "Open weights" find their entries. Validation uses
 * the same form to refuse two entries that would read alike, which keeps lookups unambiguous.
 * Stateless.
 */
final class TermKey {
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    // Chat questions often arrive as "what's a X", "define the X", "explain X" or "meaning of X"; the
    // framing is not part of a term. Applied to readable text, so "What's" arrives as "what s". The
    // longest framing comes first because the regex takes the first alternative that fits.
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "^(?:(?:(?:what is )?(?:the )?meaning of|what (?:is|are|s)(?: meant by)?|whats|define|explain|tell me about) )?"
                    + "(?:(?:a|an|the) )?");
    // "what does X mean", "what do Xs stand for": these questions wrap the term from both sides.
    private static final Pattern WRAPPING_QUESTION = Pattern.compile(
            "^what (?:does|do) (?:(?:a|an|the) )?(.+?) (?:mean|stand for)$");
    // Latin look-alikes from Cyrillic and Greek that survive NFKC ("dіstillation" with a Cyrillic і).
    private static final Map<Character, Character> HOMOGLYPHS = Map.ofEntries(
            Map.entry('\u0430', 'a'), Map.entry('\u0435', 'e'), Map.entry('\u043e', 'o'), Map.entry('\u0440', 'p'),
            Map.entry('\u0441', 'c'), Map.entry('\u0443', 'y'), Map.entry('\u0445', 'x'), Map.entry('\u0456', 'i'),
            Map.entry('\u0458', 'j'), Map.entry('\u0455', 's'), Map.entry('\u0501', 'd'), Map.entry('\u04bb', 'h'),
            Map.entry('\u04cf', 'l'), Map.entry('\u03bf', 'o'), Map.entry('\u03b1', 'a'), Map.entry('\u03b9', 'i'));

    private TermKey() {
    }

    /**
     * The text as a person would read it, minus everything that does not change the meaning: NFKC,
     * accents, invisible characters and look-alike letters folded; lower case; every run of
     * punctuation, markup, dashes, underscores and whitespace turned into one space.
     */
    static String readable(String raw) {
        String decomposed = Normalizer.normalize(raw, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(TermKey::carriesMeaning).forEach(kept::appendCodePoint);
        String lower = Normalizer.normalize(kept, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            latin.append(HOMOGLYPHS.getOrDefault(c, c));
        }
        return NOT_A_WORD.matcher(latin).replaceAll(" ").strip();
    }

    /** The words of a readable text without the question around it, each reduced by {@link #singular}. */
    static List<String> words(String readable) {
        Matcher wrapped = WRAPPING_QUESTION.matcher(readable);
        String content = wrapped.matches() ? wrapped.group(1) : LEADING_FILLER.matcher(readable).replaceFirst("");
        if (content.isEmpty()) {
            content = readable;
        }
        List<String> words = new ArrayList<>();
        for (String word : content.split(" ")) {
            if (!word.isEmpty()) {
                words.add(singular(word));
            }
        }
        return words;
    }

    /** The comparison key of any text: its singular words with no separators ("open weights" → "openweight"). */
    static String of(String raw) {
        return String.join("", words(readable(raw)));
    }

    /**
     * A crude English singular. It only has to be consistent, because entries and queries pass
     * through the same function; validation catches the rare case where two different terms collapse.
     */
    static String singular(String word) {
        int n = word.length();
        if (n >= 5 && word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n >= 4 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static boolean carriesMeaning(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.NON_SPACING_MARK
                && type != Character.ENCLOSING_MARK
                && type != Character.COMBINING_SPACING_MARK
                && type != Character.FORMAT
                && type != Character.SURROGATE;
    }
}
