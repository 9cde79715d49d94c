package dev.termbot.detection;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Candidate spellings of English plurals and verb forms by the regular rules ("attack" to
 * "attacks", "query" to "queries", "stop" to "stopped"). Candidates may be wrong; callers either
 * confirm them with a lemmatizer ({@link OpenNlpInflections}) or use them where an extra wrong
 * spelling is harmless (widening the list of real words). Stateless.
 */
final class EnglishForms {
    private static final String VOWELS = "aeiou";
    /** Endings that make nouns from other words; such nouns are practically never verbs. */
    private static final String[] NOUN_SUFFIXES = {"tion", "sion", "ment", "ness", "ity", "ance", "ence", "age",
        "ism", "ist", "er", "or", "ing", "ure", "ery", "ship", "hood", "ics", "ogy", "cy"};

    private EnglishForms() {
    }

    /** The one regular plural spelling: boxes, policies, attacks. */
    static String regularPlural(String noun) {
        if (endsWithAny(noun, "s", "x", "z", "ch", "sh")) {
            return noun + "es";
        }
        if (noun.endsWith("y") && isConsonant(noun, noun.length() - 2)) {
            return stem(noun, 1) + "ies";
        }
        return noun + "s";
    }

    static Set<String> plurals(String noun) {
        Set<String> out = new LinkedHashSet<>();
        if (noun.length() < 2) {
            return out;
        }
        if (endsWithAny(noun, "s", "x", "z", "ch", "sh", "o")) {
            out.add(noun + "es");
        }
        if (!endsWithAny(noun, "s", "x", "z", "ch", "sh")) {
            out.add(noun + "s");
        }
        if (noun.endsWith("y") && isConsonant(noun, noun.length() - 2)) {
            out.add(stem(noun, 1) + "ies");
        }
        if (noun.endsWith("is")) {
            out.add(stem(noun, 2) + "es"); // analysis, analyses
        }
        if (noun.endsWith("fe")) {
            out.add(stem(noun, 2) + "ves");
        } else if (noun.endsWith("f")) {
            out.add(stem(noun, 1) + "ves");
        }
        if (noun.endsWith("man")) {
            out.add(stem(noun, 3) + "men");
        }
        return out;
    }

    /** Third person singular, past tense and participle, and the -ing form. */
    static Set<String> verbForms(String verb) {
        Set<String> out = new LinkedHashSet<>(plurals(verb)); // the -s form is spelled like a plural
        out.removeIf(form -> form.endsWith("ves") || form.endsWith("men"));
        if (verb.length() < 2) {
            return out;
        }
        int last = verb.length() - 1;
        if (verb.endsWith("e")) {
            out.add(verb + "d");
            out.add(verb.endsWith("ie") ? stem(verb, 2) + "ying" : verb.endsWith("ee") ? verb + "ing" : stem(verb, 1) + "ing");
        } else if (verb.endsWith("y") && isConsonant(verb, last - 1)) {
            out.add(stem(verb, 1) + "ied");
            out.add(verb + "ing");
        } else {
            out.add(verb + "ed");
            out.add(verb + "ing");
            if (endsConsonantVowelConsonant(verb)) {
                char c = verb.charAt(last);
                out.add(verb + c + "ed"); // stop, stopped; the lemmatizer or the reader decides
                out.add(verb + c + "ing");
            }
        }
        return out;
    }

    static boolean hasNounSuffix(String word) {
        for (String suffix : NOUN_SUFFIXES) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    static Set<String> all(String word) {
        Set<String> out = plurals(word);
        out.addAll(verbForms(word));
        return out;
    }

    private static boolean endsConsonantVowelConsonant(String w) {
        int n = w.length();
        return n >= 3 && isConsonant(w, n - 3) && VOWELS.indexOf(w.charAt(n - 2)) >= 0
                && isConsonant(w, n - 1) && "wxy".indexOf(w.charAt(n - 1)) < 0;
    }

    private static boolean isConsonant(String w, int i) {
        return i >= 0 && Character.isLetter(w.charAt(i)) && VOWELS.indexOf(w.charAt(i)) < 0;
    }

    private static boolean endsWithAny(String w, String... endings) {
        for (String e : endings) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String w, int cut) {
        return w.substring(0, w.length() - cut);
    }
}
