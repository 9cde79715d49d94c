package dev.termbot.detection.stance;

import java.util.Set;

/**
 * English closed-class words the stance grammar relies on: negation, copulas, question openers,
 * clause breaks. These are grammar, not vocabulary, so they live in code; the open-class cue words
 * (what counts as a judgement, a better name, ...) live in the glossary.
 */
final class Words {
    static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "none", "nobody", "nothing", "neither",
            "nor", "without", "hardly", "cannot", "dont", "doesnt", "isnt", "arent", "wasnt", "werent", "cant", "wont",
            "wouldnt", "shouldnt", "didnt", "aint", "nah", "nope");
    static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am",
            "'m", "isnt", "arent", "wasnt", "werent", "seems", "seem", "sounds", "sound", "feels", "feel", "looks",
            "look", "remains", "remain", "becomes", "become");
    static final Set<String> QUESTION_OPENERS = Set.of("is", "are", "was", "were", "am", "do", "does", "did", "can",
            "could", "would", "should", "will", "shall", "has", "have", "had", "may", "might", "must", "isnt", "arent",
            "doesnt", "dont", "didnt", "wasnt");
    static final Set<String> WH_WORDS = Set.of("what", "why", "how", "who", "whom", "when", "where", "which", "whats",
            "whatever");
    static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "\u2014", "\u2013", "-", "--", "(", ")", "...",
            "\u2026", "but", "yet", "although", "though", "whereas", "while", "because", "however", "instead");
    // stronger than a comma: "calling it X, honestly, is wrong" keeps its subject across commas
    static final Set<String> HARD_BREAKS = Set.of(";", ":", "\u2014", "\u2013", "--", "(", ")", "but", "yet",
            "although", "though", "whereas", "however", "instead");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "such", "your",
            "their", "our", "his", "her", "its", "my", "any", "every", "some", "whole", "entire", "said");
    // verbs through which a negation reaches a claim: "I don't think X is a misnomer"
    static final Set<String> COGNITION_STEMS = Set.of("think", "believ", "agre", "buy", "accept", "consid", "feel",
            "see", "sai", "say", "claim", "find", "get");
    static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201C", "\u201D", "'", "\u2018", "\u2019", "`", "\u00AB",
            "\u00BB", "''", "``");
    // words that point back at the term in the writer's next clause: "that's not a thing", "it's just API abuse"
    static final Set<String> POINTERS = Set.of("it", "that", "this", "which", "they", "these", "those", "thats", "its");
    // modal and advising words that make a negated naming a recommendation: "shouldn't call", "nobody"
    static final Set<String> ADVISING = Set.of("would", "should", "could", "must", "will", "wo", "ca", "can", "nobody",
            "never", "let", "'s", "please", "do", "wouldnt", "shouldnt", "cant", "wont");
    static final Set<String> FIRST_PERSON = Set.of("i", "we", "you", "me", "us", "i'd", "we'd", "i'll", "we'll");
    static final Set<String> LAUGHTER = Set.of("lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "heh", "kek");

    private Words() {
    }

    static boolean isQuoteMark(String word) {
        return QUOTE_MARKS.contains(word);
    }

    static boolean isOpeningQuote(String word) {
        return isQuoteMark(word) && !word.equals("\u201D") && !word.equals("\u00BB");
    }

    static boolean isClosingQuote(String word) {
        return isQuoteMark(word) && !word.equals("\u201C") && !word.equals("\u00AB");
    }
}
