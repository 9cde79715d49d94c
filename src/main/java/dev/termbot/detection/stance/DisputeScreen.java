package dev.termbot.detection.stance;

import dev.termbot.core.CueFamily;
import dev.termbot.core.Hit;
import dev.termbot.core.StanceCues;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap first look that spares plain uses the cost of sentence splitting and tagging. It passes a
 * message on when anything a dispute needs could be there: quote marks near the hit, strikethrough
 * or block-quote markup, "why"/"what", or every word of some cue that can make a dispute. It may
 * pass messages that turn out to be uses (the full analysis decides), but it never stops one the
 * analysis would judge disputed: every strong cue needs a word from one of the screened families
 * or markup that the screen looks for.
 */
final class DisputeScreen {
    /** Families whose words can make (or back up) a dispute; a reply to a block quote needs markup. */
    static final Set<CueFamily> SCREENED = EnumSet.of(CueFamily.DISTANCING, CueFamily.NAMING, CueFamily.PROHIBITIONS,
            CueFamily.JUDGEMENTS,
            CueFamily.TERM_NOUNS, CueFamily.NONEXISTENCE, CueFamily.BETTER_NAMES, CueFamily.RENAMINGS, CueFamily.SARCASM);
    static final DisputeScreen PASS_ALL = new DisputeScreen(null);

    private static final int QUOTE_REACH = 8;

    // per cue: the prefixes every one of its words must start some word of the message with
    private final List<String[]> cuePrefixes;

    private DisputeScreen(List<String[]> cuePrefixes) {
        this.cuePrefixes = cuePrefixes;
    }

    static DisputeScreen of(StanceCues cues) {
        CueLexicon lexicon = CueLexicon.of(cues);
        List<String[]> prefixes = new ArrayList<>();
        for (CueFamily family : SCREENED) {
            for (CueLexicon.Cue cue : lexicon.of(family)) {
                String[] words = new String[cue.length()];
                for (int i = 0; i < words.length; i++) {
                    // a stem is a prefix of its words but for a final y turned i ("spooki"); the
                    // written word may be shorter than the stem-matching ones, so the shorter of the two
                    String stem = cue.stems()[i];
                    String prefix = stem.endsWith("i") && stem.length() > 2 ? stem.substring(0, stem.length() - 1) : stem;
                    words[i] = prefix.length() <= cue.words()[i].length() && cue.words()[i].startsWith(prefix)
                            ? prefix : cue.words()[i];
                }
                prefixes.add(words);
            }
        }
        return new DisputeScreen(List.copyOf(prefixes));
    }

    boolean mightDispute(String text, Hit hit) {
        if (cuePrefixes == null || markupOrQuotes(text, hit)) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (startsWord(lower, "why") || startsWord(lower, "what")) {
            return true;
        }
        for (String[] cue : cuePrefixes) {
            boolean all = true;
            for (String word : cue) {
                all &= startsWord(lower, word);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean markupOrQuotes(String text, Hit hit) {
        if (text.indexOf('~') >= 0 || text.indexOf('>') >= 0 || text.contains("&gt;")) {
            return true;
        }
        int from = Math.max(0, hit.start() - QUOTE_REACH);
        int to = Math.min(text.length(), hit.end() + QUOTE_REACH);
        for (int i = from; i < to; i++) {
            if (TokenPieces.isQuoteChar(text.charAt(i)) && (i < hit.start() || i >= hit.end())) {
                return true;
            }
        }
        return false;
    }

    // whether some word of the text starts with the prefix (a word start: after a non-letter)
    private static boolean startsWord(String lower, String prefix) {
        boolean letters = prefix.chars().anyMatch(Character::isLetterOrDigit);
        int at = lower.indexOf(prefix);
        while (at >= 0) {
            if (!letters || at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) {
                return true;
            }
            at = lower.indexOf(prefix, at + 1);
        }
        return false;
    }
}
