package dev.termbot.detection.stance;

import dev.termbot.core.CueFamily;

import java.util.Set;

/**
 * Whether weak evidence (scare quotes, a mocking word) is backed up. Quotes alone also mark titles
 * and citations ({@code the paper "Distillation Attacks on LLM APIs"}), so they make a dispute only
 * together with another cue: a judgement, a better name, a reframe, mockery or laughter, or a
 * rejection in the writer's next sentence.
 */
final class Support {
    private Support() {
    }

    static void find(HitSite site, Set<Evidence> found) {
        Sentence s = site.sentence;
        boolean quoted = found.contains(Evidence.SCARE_QUOTED);
        // another cue besides the one that made the weak evidence: a mocking word backs scare quotes,
        // but it cannot back itself
        boolean supported = (quoted && found.contains(Evidence.MOCKED))
                || twoMockeries(site)
                || site.has(CueFamily.JUDGEMENTS, 0, s.size())
                || site.has(CueFamily.BETTER_NAMES, 0, site.first) || site.has(CueFamily.BETTER_NAMES, site.last + 1, s.size())
                || site.has(CueFamily.REFRAMES, site.last + 1, site.clauseEnd(true))
                || site.has(CueFamily.DISTANCING, 0, s.size())
                || Corrections.nextHas(site, CueFamily.BETTER_NAMES)
                || Corrections.nextHas(site, CueFamily.JUDGEMENTS)
                || (quoted && (Corrections.nextHas(site, CueFamily.SARCASM) || laughs(s)
                        || (site.next() != null && laughs(site.next())) || rhetoricalWhy(s)
                        || otherTermNoun(site) || Corrections.nextHas(site, CueFamily.TERM_NOUNS)))
                || nextRejects(site);
        Sentence asked = site.sentence;
        boolean plainYesNoQuestion = asked.isPolarQuestion() && !asked.isNegation(asked.firstWord() + 1)
                && !asked.word(asked.firstWord()).endsWith("nt");
        if (plainYesNoQuestion) {
            // 'is "distillation attack" a misnomer?' asks whether the name fits
            found.add(Evidence.ASKED);
        } else if (supported) {
            found.add(Evidence.SUPPORTED);
        }
    }

    // "Oh no, not a distillation attack, the horror": two mocking cues make the point without quotes
    private static boolean twoMockeries(HitSite site) {
        Sentence s = site.sentence;
        int first = site.find(CueFamily.SARCASM, 0, s.size());
        return first >= 0 && site.find(CueFamily.SARCASM, first + site.cues.matchAt(s, CueFamily.SARCASM, first), s.size()) >= 0;
    }

    // 'why is it a "distillation attack" when...', 'how is this a "distillation attack"?'
    private static boolean rhetoricalWhy(Sentence s) {
        String opener = s.word(s.firstWord());
        return opener.equals("why") || (opener.equals("how") && Words.COPULAS.contains(s.word(s.firstWord() + 1)));
    }

    // a word for a name elsewhere in the sentence: 'now it's a "distillation attack", scarier branding'
    private static boolean otherTermNoun(HitSite site) {
        Sentence s = site.sentence;
        for (int i = 0; i < s.size(); i++) {
            if ((i < site.first || i > site.last) && site.cues.matchAt(s, CueFamily.TERM_NOUNS, i) > 0 && s.isNoun(i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean laughs(Sentence s) {
        for (String word : s.words) {
            if (Words.LAUGHTER.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nextRejects(HitSite site) {
        Sentence next = site.next();
        return next != null && site.cues.matchAt(next, CueFamily.REJECTIONS, next.firstWord()) > 0;
    }
}
