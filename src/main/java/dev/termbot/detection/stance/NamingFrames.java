package dev.termbot.detection.stance;

import dev.termbot.core.CueFamily;

import java.util.Set;

/**
 * Objections to naming something X. A naming verb before the term ("calling it X", "they label
 * this X") is only a report until something objects: a prohibition ("stop calling it X"), a
 * negation ("I wouldn't call it X"), "why" ("why do we call it X?"), a judgement ("calling it X is
 * wrong", "it's misleading to call it X"), or a correction ("what they call X is really API abuse").
 */
final class NamingFrames {
    private NamingFrames() {
    }

    static void find(HitSite site, Set<Evidence> found) {
        Sentence s = site.sentence;
        // "can we retire 'distillation attack' already": a prohibition right at a quoted term (unquoted,
        // "stop distillation attacks" is about the attacks)
        if (TermTalk.scareQuoted(site) && prohibited(site, site.before(true) + 1)) {
            found.add(Evidence.NAMING_OBJECTED);
            return;
        }
        if (retiredAfter(site)) {
            found.add(Evidence.NAMING_OBJECTED);
            return;
        }
        int verb = namingVerb(site);
        if (verb < 0) {
            return;
        }
        int clauseStart = site.clauseStart(true);
        // "would anyone seriously call this X?": asking about the name questions it
        if (prohibited(site, verb) || negatedNear(s, verb) || whyBefore(s, verb) || s.isPolarQuestion()
                || (whatBefore(s, verb) && !s.isQuestion())) {
            found.add(Evidence.NAMING_OBJECTED);
            return;
        }
        // "calling it X is ...": naming as the subject of a judgement, unless the judgement approves
        // "labeling it X conflates two things" as much as "calling it X is wrong"
        int predicate = site.after();
        // the tagger may read "invites" in "calling it an attack invites backlash" as a plural noun
        boolean verbLike = s.isNoun(predicate) && s.word(predicate).endsWith("s")
                && (s.tag(predicate + 1).equals("DET") || s.tag(predicate + 1).equals("ADV") || s.tag(predicate + 1).equals("PRON"));
        boolean verbFollows = Words.COPULAS.contains(s.word(predicate)) || s.isVerb(predicate) || s.tag(predicate).equals("AUX")
                || verbLike;
        if (isGerundSubject(s, verb, clauseStart) && verbFollows) {
            boolean approved = site.has(CueFamily.APPROVALS, site.after() + 1, site.clauseEnd(true));
            boolean negated = site.negationBetween(site.after(), site.clauseEnd(true));
            found.add(approved || negated ? Evidence.DEFENDED : Evidence.NAMING_OBJECTED);
            return;
        }
        int judgedAfter = site.find(CueFamily.JUDGEMENTS, site.last + 1, s.size());
        if (judgedAfter < 0 && Corrections.nextHas(site, CueFamily.JUDGEMENTS)) {
            found.add(Evidence.NAMING_OBJECTED);
            return;
        }
        if (judgedAfter >= 0) {
            found.add(site.negationBetween(site.last + 1, judgedAfter) ? Evidence.DEFENDED : Evidence.NAMING_OBJECTED);
            return;
        }
        int judgedBefore = site.find(CueFamily.JUDGEMENTS, clauseStart, verb);
        if (judgedBefore >= 0 && !site.negationBetween(clauseStart, verb)) {
            found.add(Evidence.NAMING_OBJECTED);
            return;
        }
        // "what they call X is really Y", "they call it X when it's plain ToS fraud"
        boolean correctedAfter = site.has(CueFamily.BETTER_NAMES, site.last + 1, s.size())
                || (whatBefore(s, verb) && site.has(CueFamily.REFRAMES, site.last + 1, s.size()));
        if (correctedAfter) {
            found.add(Evidence.NAMING_OBJECTED);
        }
    }

    // "'distillation attack' should be retired", "X needs to be dropped": a prohibition of the name itself
    private static boolean retiredAfter(HitSite site) {
        Sentence s = site.sentence;
        for (int i = site.after(); i < Math.min(s.size(), site.after() + 4); i++) {
            if (s.word(i).equals("be") && site.cues.matchAt(s, CueFamily.PROHIBITIONS, i + 1) > 0) {
                return true;
            }
        }
        return false;
    }

    // the naming verb closest before the hit in its clause: "calling it X", "say X", "refer to them as X"
    private static int namingVerb(HitSite site) {
        Sentence s = site.sentence;
        int from = site.clauseStart(true);
        for (int i = site.first - 1; i >= from && i >= site.first - 6; i--) {
            if (site.cues.matchAt(s, CueFamily.NAMING, i) > 0 && actsAsVerb(s, i)) {
                return i;
            }
        }
        return -1;
    }

    // the tagger sometimes reads "uses" in "nobody serious uses X" as a noun; a naming word not led by
    // a determiner or an adjective-led noun phrase is taken as the verb it almost always is here
    private static boolean actsAsVerb(Sentence s, int i) {
        if (s.isVerb(i) || s.tag(i).equals("AUX")) {
            return true;
        }
        boolean inflected = s.word(i).endsWith("s") || s.word(i).endsWith("ing") || s.word(i).endsWith("ed");
        boolean objectFollows = s.tag(i + 1).equals("PRON") || s.tag(i + 1).equals("DET") || s.tag(i + 1).equals("AUX");
        return s.isNoun(i) && inflected && !Words.DETERMINERS.contains(s.word(i - 1)) && (!s.isNoun(i - 1) || objectFollows);
    }

    // "calling it X is wrong", "honestly, saying X is lazy": the naming verb's -ing form opens the clause
    private static boolean isGerundSubject(Sentence s, int verb, int clauseStart) {
        if (!s.word(verb).endsWith("ing")) {
            return false;
        }
        for (int i = clauseStart; i < verb; i++) {
            if (!s.tag(i).equals("ADV") && !s.tag(i).equals("INTJ") && !s.tag(i).equals("PUNCT") && !s.tag(i).equals("CCONJ")) {
                return false;
            }
        }
        return true;
    }

    // "stop calling", "please stop saying", "don't call", "can we not call"
    private static boolean prohibited(HitSite site, int verb) {
        for (int end = verb; end >= verb - 2 && end > 0; end--) {
            if (site.cues.endingAt(site.sentence, CueFamily.PROHIBITIONS, end) >= 0) {
                return true;
            }
        }
        return false;
    }

    // "I wouldn't call it X", "nobody should call this X", "let's not say X": a negated naming by the
    // writer or as advice; "the paper doesn't say X" only reports what a text says
    private static boolean negatedNear(Sentence s, int verb) {
        for (int i = verb - 1; i >= 0 && i >= verb - 3; i--) {
            if (s.isNegation(i)) {
                return Words.ADVISING.contains(s.word(i)) || Words.ADVISING.contains(s.word(i - 1))
                        || Words.FIRST_PERSON.contains(s.word(i - 1)) || Words.FIRST_PERSON.contains(s.word(i - 2));
            }
        }
        return false;
    }

    private static boolean whyBefore(Sentence s, int verb) {
        for (int i = 0; i < verb; i++) {
            if (s.word(i).equals("why")) {
                return true;
            }
        }
        return false;
    }

    private static boolean whatBefore(Sentence s, int verb) {
        for (int i = verb - 1; i >= 0 && i >= verb - 4; i--) {
            if (s.word(i).equals("what") || s.word(i).equals("whatever")) {
                return true;
            }
        }
        return false;
    }
}
