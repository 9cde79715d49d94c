package dev.termbot.detection.stance;

import dev.termbot.core.CueFamily;
import dev.termbot.core.Stance;

import java.util.EnumSet;
import java.util.Set;

/**
 * A hit inside a block quote: the words around it are the quoted author's, so the writer's stance
 * is in the reply that follows. A reply that agrees ("exactly", "this") adopts the quoted stance; one
 * that rejects a quoted use ("no, it's account fraud") disputes the term; one that rejects a quoted
 * dispute ("> there's no such thing as X" / "sure there is") uses it; any other reply leaves the
 * quoted term a use the writer brought up.
 */
final class QuotedReply {
    // how far into the writer's reply agreement or rejection is looked for
    private static final int REPLY_SENTENCES = 3;

    private enum Verdict { AGREES, REJECTS, CORRECTS, NEUTRAL }

    private QuotedReply() {
    }

    static Set<Evidence> judge(HitSite site, Set<Evidence> quoted) {
        boolean quotedDisputes = StanceAnalyzer.decide(quoted) == Stance.DISPUTED;
        Verdict verdict = verdict(site);
        if (verdict == Verdict.AGREES || (verdict == Verdict.CORRECTS && quotedDisputes)) {
            // "this. it's account fraud": the writer makes the quoted dispute their own
            return quoted;
        }
        boolean disputes = (verdict == Verdict.REJECTS && !quotedDisputes && !site.sentence.isQuestion())
                || (verdict == Verdict.CORRECTS && !quotedDisputes);
        return disputes ? EnumSet.of(Evidence.REBUTTED) : EnumSet.noneOf(Evidence.class);
    }

    private static Verdict verdict(HitSite site) {
        int own = 0;
        for (int i = site.sentenceIndex + 1; i < site.view.count() && own < REPLY_SENTENCES; i++) {
            Sentence reply = site.view.sentence(i);
            if (reply.quoted) {
                continue;
            }
            int first = reply.firstWord();
            if (own == 0) {
                // "exactly", "completely agree", "nope": at the start ("confirmed what exactly?" does not agree)
                if (opensWith(site, reply, first, CueFamily.APPROVALS)) {
                    return Verdict.AGREES;
                }
                if (opensWith(site, reply, first, CueFamily.REJECTIONS)) {
                    return Verdict.REJECTS;
                }
            }
            if (site.cues.anyIn(reply, CueFamily.BETTER_NAMES, 0, reply.size())
                    || site.cues.anyIn(reply, CueFamily.JUDGEMENTS, 0, reply.size())
                    || site.cues.anyIn(reply, CueFamily.NONEXISTENCE, 0, reply.size())
                    || site.cues.anyIn(reply, CueFamily.RENAMINGS, 0, reply.size())) {
                return Verdict.CORRECTS;
            }
            own++;
        }
        return Verdict.NEUTRAL;
    }

    private static boolean opensWith(HitSite site, Sentence reply, int first, CueFamily family) {
        return site.cues.matchAt(reply, family, first) > 0
                || (reply.tag(first).equals("ADV") && site.cues.matchAt(reply, family, first + 1) > 0);
    }
}
