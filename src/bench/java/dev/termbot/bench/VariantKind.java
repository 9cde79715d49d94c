package dev.termbot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The ways a watched phrase is planted that the detector must still find (issue 2): case, plural,
 * hyphen or en dash or a line break between the words, chat markup around it, a one-letter typo,
 * a Cyrillic look-alike letter, a zero-width or soft-hyphen char inside a word. Stateless.
 */
enum VariantKind {
    UPPER_CASE, TITLE_CASE, PLURAL, HYPHEN, EN_DASH, LINE_BREAK, BOLD, ITALIC, STRIKETHROUGH, SPOILER,
    TYPO, HOMOGLYPH, ZERO_WIDTH;

    private static final String LATIN = "aeocpixy";
    private static final String CYRILLIC = "\u0430\u0435\u043E\u0441\u0440\u0456\u0445\u0443";
    private static final char[] INVISIBLE = {'\u200B', '\u200D', '\u2060', '\u00AD'};

    /** The phrase spelled this way, or empty when this kind does not apply to it. */
    Optional<String> spell(WatchedPhrase watched, SplittableRandom random, Typos typos) {
        String phrase = watched.phrase();
        List<String> words = watched.words();
        return switch (this) {
            case UPPER_CASE -> Optional.of(phrase.toUpperCase(Locale.ROOT));
            case TITLE_CASE -> Optional.of(titleCase(phrase));
            case PLURAL -> watched.countNoun() ? Optional.of(pluralOfLastWord(phrase)) : Optional.empty();
            case HYPHEN -> Optional.of(String.join("-", words));
            case EN_DASH -> Optional.of(String.join("\u2013", words));
            case LINE_BREAK -> Optional.of(String.join("\n", words));
            case BOLD -> Optional.of("**" + phrase + "**");
            case ITALIC -> Optional.of("_" + phrase + "_");
            case STRIKETHROUGH -> Optional.of("~~" + phrase + "~~");
            case SPOILER -> Optional.of("||" + phrase + "||");
            case TYPO -> typo(phrase, words, random, typos);
            case HOMOGLYPH -> homoglyph(phrase, random);
            case ZERO_WIDTH -> zeroWidth(phrase, random);
        };
    }

    private static String titleCase(String phrase) {
        StringBuilder out = new StringBuilder(phrase);
        for (int i = 0; i < out.length(); i++) {
            if (i == 0 || !Character.isLetter(out.charAt(i - 1))) {
                out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
            }
        }
        return out.toString();
    }

    static String pluralOfLastWord(String phrase) {
        int cut = Math.max(phrase.lastIndexOf(' '), phrase.lastIndexOf('-')) + 1;
        String head = phrase.substring(cut);
        String plural;
        if (head.endsWith("s") || head.endsWith("x") || head.endsWith("ch") || head.endsWith("sh")) {
            plural = head + "es";
        } else if (head.endsWith("y") && head.length() > 1 && "aeiou".indexOf(head.charAt(head.length() - 2)) < 0) {
            plural = head.substring(0, head.length() - 1) + "ies";
        } else {
            plural = head + "s";
        }
        return phrase.substring(0, cut) + plural;
    }

    private static Optional<String> typo(String phrase, List<String> words, SplittableRandom random, Typos typos) {
        int offset = random.nextInt(words.size());
        for (int k = 0; k < words.size(); k++) {
            String word = words.get((offset + k) % words.size());
            int at = wordAt(phrase, word);
            if (at < 0) {
                continue;
            }
            Optional<String> typo = typos.of(word, random);
            if (typo.isPresent()) {
                return Optional.of(phrase.substring(0, at) + typo.get() + phrase.substring(at + word.length()));
            }
        }
        return Optional.empty();
    }

    private static int wordAt(String phrase, String word) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(lower.charAt(at - 1))) && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    private static Optional<String> homoglyph(String phrase, SplittableRandom random) {
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < phrase.length(); i++) {
            if (LATIN.indexOf(phrase.charAt(i)) >= 0) {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return Optional.empty();
        }
        int i = places.get(random.nextInt(places.size()));
        char look = CYRILLIC.charAt(LATIN.indexOf(phrase.charAt(i)));
        return Optional.of(phrase.substring(0, i) + look + phrase.substring(i + 1));
    }

    private static Optional<String> zeroWidth(String phrase, SplittableRandom random) {
        List<Integer> places = new ArrayList<>();
        for (int i = 1; i < phrase.length(); i++) {
            if (Character.isLetter(phrase.charAt(i - 1)) && Character.isLetter(phrase.charAt(i))) {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return Optional.empty();
        }
        int i = places.get(random.nextInt(places.size()));
        return Optional.of(phrase.substring(0, i) + INVISIBLE[random.nextInt(INVISIBLE.length)] + phrase.substring(i));
    }
}
