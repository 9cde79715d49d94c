package dev.termbot.detection.stance;

import dev.termbot.core.CueFamily;

import java.util.Set;

/**
 * Objections that point back at the term from a later clause or sentence of the writer's own:
 * "Stop calling it that.", "I refuse to say it with a straight face", "I'm not putting that phrase
 * in the ticket", "That term is pure lobbyist-speak", or a next sentence that opens with a
 * judgement ("Weasel wording, all of it."). Looked for in the rest of the hit's sentence and the
 * writer's next two sentences.
 */
final class Anaphora {
    private static final int SENTENCES_AHEAD = 2;

    private Anaphora() {
    }

    static void find(HitSite site, Set<Evidence> found) {
        if (objects(site, site.sentence, site.clauseEnd(false))) {
            found.add(Evidence.NAMING_OBJECTED);
            return;
        }
        int seen = 0;
        for (int i = site.sentenceIndex + 1; i < site.view.count() && seen < SENTENCES_AHEAD; i++) {
            Sentence next = site.view.sentence(i);
            if (next.quoted != site.sentence.quoted) {
                break;
            }
            if (objects(site, next, 0) || (seen == 0 && opensWithJudgement(site, next))) {
                found.add(Evidence.NAMING_OBJECTED);
                return;
            }
            seen++;
        }
    }

    private static boolean objects(HitSite site, Sentence s, int from) {
        for (int i = Math.max(0, from); i < s.size(); i++) {
            if (refusesToName(site, s, i) || judgesTheWord(site, s, i)) {
                return true;
            }
        }
        return false;
    }

    // "stop calling it that", "refuse to say it", "don't call them that", "not putting that phrase in"
    private static boolean refusesToName(HitSite site, Sentence s, int i) {
        int length = site.cues.matchAt(s, CueFamily.PROHIBITIONS, i);
        boolean negatedByWriter = length == 0 && s.isNegation(i) && Words.FIRST_PERSON.contains(s.word(i - 2));
        if (length == 0 && !negatedByWriter) {
            return false;
        }
        int verb = i + Math.max(length, 1);
        if (s.word(verb).equals("to")) {
            verb++;
        }
        boolean naming = site.cues.matchAt(s, CueFamily.NAMING, verb) > 0 || s.stem(verb).equals("put");
        return naming && pointsBack(s, verb + 1);
    }

    private static boolean pointsBack(Sentence s, int at) {
        String object = s.word(at);
        if (object.equals("that") && !s.isNoun(at + 1)) {
            return true;
        }
        boolean pronoun = object.equals("it") || object.equals("them");
        return (pronoun && (s.word(at + 1).equals("that") || at + 1 >= s.size() || !s.isNoun(at + 1)))
                || ((object.equals("that") || object.equals("this") || object.equals("the")) && s.isNoun(at + 1));
    }

    // "that phrase is lobbyist-speak", "this term is pure FUD"
    private static boolean judgesTheWord(HitSite site, Sentence s, int i) {
        boolean pointer = s.word(i).equals("that") || s.word(i).equals("this");
        if (!pointer || site.cues.matchAt(s, CueFamily.TERM_NOUNS, i + 1) == 0 || !s.isNoun(i + 1)) {
            return false;
        }
        int judgement = site.cues.find(s, CueFamily.JUDGEMENTS, i + 2, s.size());
        if (judgement < 0) {
            return false;
        }
        for (int k = i + 2; k < judgement; k++) {
            if (s.isNegation(k)) {
                return false;
            }
        }
        return true;
    }

    // "X made the bill. Total FUD." / "weasel wording to make competition sound criminal"
    private static boolean opensWithJudgement(HitSite site, Sentence s) {
        int first = s.firstWord();
        return site.cues.matchAt(s, CueFamily.JUDGEMENTS, first) > 0
                || (s.tag(first).equals("ADJ") && site.cues.matchAt(s, CueFamily.JUDGEMENTS, first + 1) > 0);
    }
}
