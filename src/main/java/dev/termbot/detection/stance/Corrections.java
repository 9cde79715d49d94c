package dev.termbot.detection.stance;

import dev.termbot.core.CueFamily;

import java.util.Set;

/**
 * The writer says what the thing is instead, or judges the name: a strikethrough correction
 * ({@code ~~X~~ API abuse}), a contrast ("it's not X, it's ToS fraud", "API abuse, not X"), a
 * predicate about the term ("X is a misnomer", "X is just API abuse"), or a renaming ("call it what it
 * is").
 */
final class Corrections {

    private Corrections() {
    }

    static void find(HitSite site, Set<Evidence> found) {
        if (site.view.layout().struck(site.hit.start(), site.hit.end())) {
            found.add(Evidence.CORRECTED);
        }
        if (contrasted(site)) {
            found.add(Evidence.CORRECTED);
        }
        predicate(site, found);
        if (site.has(CueFamily.RENAMINGS, 0, site.sentence.size()) || nextHas(site, CueFamily.RENAMINGS)) {
            found.add(Evidence.RENAMED);
        }
        if (judgedLater(site)) {
            found.add(Evidence.JUDGED);
        }
        pointedPredicate(site, found);
        if (found.contains(Evidence.JUDGED) || found.contains(Evidence.REFRAMED)) {
            Attribution.find(site, found);
        }
    }

    /**
     * "I keep seeing X in my feed, it's just API abuse", "X made the bill. it's a PR term": a later
     * clause (or the writer's next sentence) points back with it/that/this and says what it is.
     */
    private static void pointedPredicate(HitSite site, Set<Evidence> found) {
        Sentence s = site.sentence;
        if (pointsAndRenames(site, s, site.clauseEnd(false), found)) {
            return;
        }
        Sentence next = site.next();
        if (next != null && next.quoted == s.quoted) {
            pointsAndRenames(site, next, 0, found);
        }
    }

    private static boolean pointsAndRenames(HitSite site, Sentence s, int from, Set<Evidence> found) {
        for (int i = Math.max(from, 0); i < s.size() - 1; i++) {
            int copula = i + 1;
            if (!Words.POINTERS.contains(s.word(i)) || !Words.COPULAS.contains(s.word(copula))) {
                continue;
            }
            int end = Math.min(s.size(), copula + 6);
            for (int k = copula + 1; k < end; k++) {
                if (s.isNegation(k) || Words.CLAUSE_BREAKS.contains(s.word(k))) {
                    break;
                }
                if (site.cues.matchAt(s, CueFamily.BETTER_NAMES, k) > 0) {
                    found.add(Evidence.REFRAMED);
                    return true;
                }
                if (site.cues.matchAt(s, CueFamily.JUDGEMENTS, k) > 0
                        || (site.cues.matchAt(s, CueFamily.TERM_NOUNS, k) > 0 && s.isNoun(k) && s.tag(k - 1).equals("ADJ"))
                        || (site.cues.matchAt(s, CueFamily.TERM_NOUNS, k) > 0 && s.isNoun(k) && s.isNoun(k - 1))) {
                    found.add(Evidence.JUDGED);
                    return true;
                }
            }
        }
        return false;
    }

    // "not a X, it's API abuse" / "API abuse, not a X" / "ToS fraud rather than a X"
    private static boolean contrasted(HitSite site) {
        Sentence s = site.sentence;
        int before = site.before(true);
        boolean negatedRightBefore = before >= 0 && (s.isNegation(before)
                || (before >= 1 && s.isNegation(before - 1) && s.tag(before).equals("ADV"))
                || s.word(before).equals("instead") || s.word(before).equals("than"));
        // "isn't a X just a ToS violation?" asks
        if (!negatedRightBefore || s.isQuestion()) {
            return false;
        }
        return site.has(CueFamily.BETTER_NAMES, 0, site.first) || site.has(CueFamily.BETTER_NAMES, site.last + 1, s.size())
                || nextHas(site, CueFamily.BETTER_NAMES);
    }

    /**
     * The hit as subject of "is ...": a judgement ("X is a misnomer", "X is a horrible term") or a
     * reframe ("X is just API abuse", "X is basically fraud"). A negation between the two, or a
     * negated "I don't think" above, defends the term; a yes/no question only asks.
     */
    private static void predicate(HitSite site, Set<Evidence> found) {
        Sentence s = site.sentence;
        int copula = site.after();
        if (s.word(copula).equals(",") || (s.isNoun(copula) && Words.COPULAS.contains(s.word(copula + 1)))) {
            copula++;
        }
        if (!Words.COPULAS.contains(s.word(copula)) && !(s.tag(copula).equals("AUX") && Words.COPULAS.contains(s.word(copula + 1)))) {
            return;
        }
        // the predicate ends at the clause: "X is marketing, not a category" judges X once
        int end = site.clauseEnd(false);
        int judgement = site.find(CueFamily.JUDGEMENTS, copula + 1, end);
        int termNoun = termNounPredicate(site, copula + 1, end);
        int reframe = site.find(CueFamily.REFRAMES, copula + 1, Math.min(end, copula + 4));
        int betterName = site.find(CueFamily.BETTER_NAMES, copula + 1, end);
        boolean renamed = betterName >= 0 && (reframe >= 0 || betterName <= copula + 4);
        if (judgement < 0 && termNoun < 0 && !renamed) {
            return;
        }
        boolean judged = judgement >= 0 || termNoun >= 0;
        int cue = judgement >= 0 ? judgement : termNoun >= 0 ? termNoun : betterName;
        // "X isn't a technical term" denies that X is a term at all; "X isn't a misnomer" defends it
        boolean deniesItIsATerm = termNoun >= 0 && judgement < 0;
        boolean negated = site.negationBetween(site.last + 1, cue);
        if (negated && deniesItIsATerm) {
            found.add(Evidence.JUDGED);
        } else if (negated || site.deniedFromAbove()) {
            found.add(Evidence.DEFENDED);
        } else if (s.isPolarQuestion() && !s.isNegation(s.firstWord() + 1) && !s.word(s.firstWord()).endsWith("nt")) {
            found.add(Evidence.ASKED);
        } else {
            found.add(judged ? Evidence.JUDGED : Evidence.REFRAMED);
        }
    }

    // "X is a horrible term", "X isn't a technical term": an adjective, then a term noun; its index or -1
    private static int termNounPredicate(HitSite site, int from, int to) {
        Sentence s = site.sentence;
        for (int i = from + 1; i < to; i++) {
            if (site.cues.matchAt(s, CueFamily.TERM_NOUNS, i) > 0 && s.isNoun(i) && s.tag(i - 1).equals("ADJ")) {
                return i;
            }
        }
        return -1;
    }

    // a later sentence of the writer's own judges "that term" / "this phrase"
    private static boolean judgedLater(HitSite site) {
        Sentence next = site.next();
        if (next == null || next.quoted != site.sentence.quoted) {
            return false;
        }
        for (int i = 1; i < next.size(); i++) {
            boolean pointed = next.word(i - 1).equals("that") || next.word(i - 1).equals("this")
                    || next.word(i - 1).equals("the");
            if (pointed && site.cues.matchAt(next, CueFamily.TERM_NOUNS, i) > 0 && next.isNoun(i)) {
                int judgement = site.cues.find(next, CueFamily.JUDGEMENTS, i + 1, next.size());
                boolean negated = false;
                for (int k = i + 1; k < judgement; k++) {
                    negated |= next.isNegation(k);
                }
                return judgement > i && !negated;
            }
        }
        return false;
    }

    static boolean nextHas(HitSite site, CueFamily family) {
        Sentence next = site.next();
        return next != null && next.quoted == site.sentence.quoted && site.cues.anyIn(next, family, 0, next.size());
    }
}
