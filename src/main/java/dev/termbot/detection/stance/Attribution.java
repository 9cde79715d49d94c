package dev.termbot.detection.stance;

import java.util.Set;

/**
 * A judgement of the term that the writer reports and then rejects: "My boss said 'X' is a
 * misnomer. Not sure I agree." The judgement is someone else's; the writer defends the term.
 */
final class Attribution {
    private static final Set<String> REPORTING_STEMS = Set.of("said", "sai", "say", "claim", "argu", "think", "insist",
            "tweet", "post", "wrote", "write", "told", "tell");

    private Attribution() {
    }

    static void find(HitSite site, Set<Evidence> found) {
        Sentence s = site.sentence;
        boolean reported = false;
        for (int i = 0; i < site.first; i++) {
            reported |= REPORTING_STEMS.contains(s.stem(i)) && !s.word(i - 1).equals("i");
        }
        Sentence next = site.next();
        if (reported && next != null && disagrees(next)) {
            found.add(Evidence.DEFENDED);
        }
    }

    // "I disagree", "not sure I agree", "don't agree", "nah"
    private static boolean disagrees(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.stem(i).equals("disagre")) {
                return true;
            }
            if (s.stem(i).equals("agre")) {
                for (int k = Math.max(0, i - 4); k < i; k++) {
                    if (s.isNegation(k)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
