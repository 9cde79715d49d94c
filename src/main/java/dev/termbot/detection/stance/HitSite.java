package dev.termbot.detection.stance;

import dev.termbot.core.CueFamily;
import dev.termbot.core.Hit;

/**
 * One hit as the stance grammar sees it: its sentence, its tokens {@code [first, last]}, the
 * clause around it, and the rule's cue words. The cue checks ({@link TermTalk},
 * {@link NamingFrames}, {@link Corrections}) ask their questions through this.
 */
final class HitSite {
    final MessageView view;
    final int sentenceIndex;
    final Sentence sentence;
    final int first;
    final int last;
    final CueLexicon cues;
    final Hit hit;

    HitSite(MessageView view, int sentenceIndex, int first, int last, CueLexicon cues, Hit hit) {
        this.view = view;
        this.sentenceIndex = sentenceIndex;
        this.sentence = view.sentence(sentenceIndex);
        this.first = first;
        this.last = last;
        this.cues = cues;
        this.hit = hit;
    }

    /** First token of the clause holding the hit (after the nearest break before it). */
    int clauseStart(boolean hardOnly) {
        for (int i = first - 1; i >= 0; i--) {
            if (isBreak(i, hardOnly)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** One past the last token of the clause holding the hit. */
    int clauseEnd(boolean hardOnly) {
        for (int i = last + 1; i < sentence.size(); i++) {
            if (isBreak(i, hardOnly)) {
                return i;
            }
        }
        return sentence.size();
    }

    private boolean isBreak(int i, boolean hardOnly) {
        String word = sentence.word(i);
        return (hardOnly ? Words.HARD_BREAKS : Words.CLAUSE_BREAKS).contains(word);
    }

    /** Index of the token before the hit, skipping quote marks and {@code skipDeterminers} determiners. */
    int before(boolean skipDeterminers) {
        int i = first - 1;
        while (i >= 0 && (sentence.isQuoteMark(i) || (skipDeterminers && Words.DETERMINERS.contains(sentence.word(i))))) {
            i--;
        }
        return i;
    }

    /** Index of the token after the hit, skipping quote marks. */
    int after() {
        int i = last + 1;
        while (i < sentence.size() && sentence.isQuoteMark(i)) {
            i++;
        }
        return i;
    }

    boolean negationBetween(int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, sentence.size()); i++) {
            if (sentence.isNegation(i)) {
                return true;
            }
        }
        return false;
    }

    boolean has(CueFamily family, int from, int to) {
        return cues.anyIn(sentence, family, from, to);
    }

    int find(CueFamily family, int from, int to) {
        return cues.find(sentence, family, from, to);
    }

    /** The next sentence of the message, if any, else null. */
    Sentence next() {
        return sentenceIndex + 1 < view.count() ? view.sentence(sentenceIndex + 1) : null;
    }

    /**
     * "I don't think X is a misnomer": a negation before the hit that reaches it through a verb of
     * thinking or saying, which turns a judgement after the hit into its denial.
     */
    boolean deniedFromAbove() {
        for (int i = 0; i < first; i++) {
            if (sentence.isNegation(i)) {
                for (int j = i + 1; j < first && j <= i + 3; j++) {
                    if (Words.COGNITION_STEMS.contains(sentence.stem(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
