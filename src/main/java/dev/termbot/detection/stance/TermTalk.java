package dev.termbot.detection.stance;

import dev.termbot.core.CueFamily;

import java.util.Set;

/**
 * Cues that sit right at the term: distancing words before it ("so-called"), a noun that makes it a
 * word being talked about ("the term X"), denial of existence ("no such thing as X"), mockery
 * ("the dreaded X") and scare quotes.
 */
final class TermTalk {
    // what may stand between the term and a noun that names it: "X as a term", "X: the buzzword that..."
    private static final Set<String> APPOSITION = Set.of("as", ",", ":", "\u2014", "\u2013", "(", "=", "-", "--");

    private TermTalk() {
    }

    static void find(HitSite site, Set<Evidence> found) {
        Sentence s = site.sentence;
        int before = site.before(true);
        // "so-called distillation attack", "the alleged 'distillation attack'"
        if (site.cues.endingAt(s, CueFamily.DISTANCING, before + 1) >= 0
                || site.cues.endingAt(s, CueFamily.DISTANCING, site.before(false) + 1) >= 0) {
            found.add(Evidence.DISTANCED);
        }
        if (distancedAfter(site)) {
            found.add(Evidence.DISTANCED);
        }
        if (termNounBefore(site) || termNounAfter(site)) {
            found.add(Evidence.TERM_TALK);
        }
        if (site.cues.endingAt(s, CueFamily.NONEXISTENCE, before + 1) >= 0
                || site.cues.endingAt(s, CueFamily.NONEXISTENCE, site.before(false) + 1) >= 0
                || nonexistenceAfter(site)) {
            found.add(Evidence.DENIED_EXISTENCE);
        }
        if (site.cues.endingAt(s, CueFamily.SARCASM, before + 1) >= 0
                || site.cues.endingAt(s, CueFamily.SARCASM, site.before(false) + 1) >= 0
                || site.has(CueFamily.SARCASM, 0, s.size())) {
            found.add(Evidence.MOCKED);
        }
        if (pointedDenial(site)) {
            found.add(Evidence.DENIED_EXISTENCE);
        }
        if (scareQuoted(site)) {
            found.add(Evidence.SCARE_QUOTED);
        }
    }

    // "a distillation attack, as they define it, ...", "X (as the vendor calls it)": the writer hands the
    // name back to whoever uses it
    private static boolean distancedAfter(HitSite site) {
        Sentence s = site.sentence;
        int as = site.after();
        if (s.word(as).equals(",") || s.word(as).equals("(")) {
            as++;
        }
        if (!s.word(as).equals("as")) {
            return false;
        }
        for (int i = as + 1; i < Math.min(s.size(), as + 5); i++) {
            if (site.cues.matchAt(s, CueFamily.NAMING, i) > 0 || s.stem(i).equals("defin") || s.stem(i).equals("put")) {
                return i + 1 < s.size() && (s.word(i + 1).equals("it") || s.word(i + 1).equals("them")
                        || s.word(i + 1).equals("this") || Words.CLAUSE_BREAKS.contains(s.word(i + 1)) || s.word(i + 1).equals("."));
            }
        }
        return false;
    }

    // "the term X", "this phrase 'X'", "a word like X": a determiner, then a term noun, right before the hit
    private static boolean termNounBefore(HitSite site) {
        Sentence s = site.sentence;
        int noun = site.before(false);
        if (noun >= 1 && (s.word(noun).equals("like") || s.word(noun).equals("as") || s.word(noun).equals(":"))) {
            noun--;
        }
        int start = site.cues.endingAt(s, CueFamily.TERM_NOUNS, noun + 1);
        if (start < 0 || !s.isNoun(noun)) {
            return false;
        }
        int modifier = start - 1;
        while (modifier >= 0 && (s.tag(modifier).equals("ADJ") || s.tag(modifier).equals("ADV"))) {
            modifier--;
        }
        return modifier < 0 || Words.DETERMINERS.contains(s.word(modifier)) || s.word(modifier).equals("of");
    }

    // "'distillation attack' as a term", "distillation attack, the phrase, ..."
    private static boolean termNounAfter(HitSite site) {
        Sentence s = site.sentence;
        int next = site.after();
        // compound: "the distillation attack label", "the 'distillation attack' language"
        if (site.cues.matchAt(s, CueFamily.TERM_NOUNS, next) > 0 && s.isNoun(next) && !s.isNoun(next + 1)
                && !s.word(next + 1).equals("of")) {
            return true;
        }
        if (!APPOSITION.contains(s.word(next))) {
            return false;
        }
        next++;
        while (Words.DETERMINERS.contains(s.word(next)) || s.tag(next).equals("ADJ")) {
            next++;
        }
        return (site.cues.matchAt(s, CueFamily.TERM_NOUNS, next) > 0 && s.isNoun(next) && !s.isNoun(next + 1))
                || (!s.word(site.after()).equals("as") && site.cues.matchAt(s, CueFamily.JUDGEMENTS, next) > 0);
    }

    // "distillation attacks aren't a thing", "X doesn't exist": within a few words after the hit
    private static boolean nonexistenceAfter(HitSite site) {
        int from = site.after();
        return site.cues.matchAt(site.sentence, CueFamily.NONEXISTENCE, from) > 0
                || site.cues.matchAt(site.sentence, CueFamily.NONEXISTENCE, from + 1) > 0;
    }

    // "distillation attack?? that's not a thing": the writer's next sentence points back and denies it
    private static boolean pointedDenial(HitSite site) {
        Sentence next = site.next();
        if (next == null || next.quoted != site.sentence.quoted) {
            return false;
        }
        int first = next.firstWord();
        if (!Words.POINTERS.contains(next.word(first))) {
            return false;
        }
        return site.cues.matchAt(next, CueFamily.NONEXISTENCE, first + 1) > 0
                || site.cues.matchAt(next, CueFamily.NONEXISTENCE, first + 2) > 0;
    }

    /**
     * The hit wrapped in quote marks: an opening quote right before it (or before its article) and
     * a closing one right after it (or after a plural "s" or punctuation), as in
     * {@code these "distillation attacks" are...}.
     */
    static boolean scareQuoted(HitSite site) {
        Sentence s = site.sentence;
        int open = site.first - 1;
        if (open >= 0 && Words.DETERMINERS.contains(s.word(open))) {
            open--;
        }
        int close = site.last + 1;
        while (close < s.size() && !s.isQuoteMark(close) && close <= site.last + 2
                && !Character.isLetterOrDigit(s.word(close).codePointAt(0))) {
            close++;
        }
        return open >= 0 && Words.isOpeningQuote(s.word(open)) && close < s.size() && Words.isClosingQuote(s.word(close))
                && s.starts[site.first] - s.ends[open] <= 1 + (open < site.first - 1 ? 16 : 0);
    }
}
