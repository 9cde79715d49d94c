package dev.termbot.glossary;

import dev.termbot.config.Problems;
import dev.termbot.config.YamlMapping;
import dev.termbot.config.YamlText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a rule's {@code word_orders}: other word orders of its phrases, written out by a moderator
 * ("attack by distillation" for "distillation attack"). Each must use every word of one of the
 * rule's phrases, in a different order, and add at most {@link #MAX_ADDED_WORDS} words (the "by" or
 * "via" that the new order needs). The detector guesses no word order itself: "attack on
 * distillation" and "distillation of attacks" mean different things, so only a person can say
 * which orders still mean the contested usage. Not thread-safe (reports into one load's problems).
 */
final class WordOrderReader {
    /** A word order says the same phrase differently; more added words make it a different phrase. */
    static final int MAX_ADDED_WORDS = 3;

    private final Problems problems;

    WordOrderReader(Problems problems) {
        this.problems = problems;
    }

    /** The rule's word orders (empty when it lists none), or empty when one of them is wrong. */
    Optional<List<YamlText>> read(YamlMapping entry, List<YamlText> phrases) {
        Optional<List<YamlText>> orders = entry.texts("word_orders", false);
        if (orders.isEmpty()) {
            return Optional.empty();
        }
        boolean fine = true;
        for (YamlText order : orders.get()) {
            fine &= check(entry, order, phrases);
        }
        return fine ? orders : Optional.empty();
    }

    private boolean check(YamlMapping entry, YamlText order, List<YamlText> phrases) {
        List<String> words = words(order.value());
        if (words.isEmpty()) {
            problems.at(order.node(), "word order '" + order.value() + "' has no letters or digits");
            return false;
        }
        for (YamlText phrase : phrases) {
            List<String> watched = words(phrase.value());
            if (watched.equals(words)) {
                problems.at(order.node(), "word order '" + YamlMapping.shorten(order.value()) + "' of " + entry.owner()
                        + " is the phrase '" + phrase.value() + "' itself; list only other orders of its words");
                return false;
            }
            if (rearranges(words, watched)) {
                return true;
            }
        }
        problems.at(order.node(), "word order '" + YamlMapping.shorten(order.value()) + "' of " + entry.owner()
                + " rearranges none of its phrases: it must use every word of one phrase, in a different order, with at most "
                + MAX_ADDED_WORDS + " words added (e.g. 'attack by distillation' for 'distillation attack')");
        return false;
    }

    /**
     * Whether {@code order} holds every word of {@code phrase} (as often as the phrase does), not
     * in the phrase's own order, plus at most {@link #MAX_ADDED_WORDS} other words.
     */
    static boolean rearranges(List<String> order, List<String> phrase) {
        List<String> left = new ArrayList<>(order);
        for (String word : phrase) {
            if (!left.remove(word)) {
                return false;
            }
        }
        List<String> phraseWordsInOrder = new ArrayList<>(order);
        phraseWordsInOrder.removeAll(left.stream().filter(word -> !phrase.contains(word)).toList());
        return left.size() <= MAX_ADDED_WORDS && !phraseWordsInOrder.equals(phrase);
    }

    private static List<String> words(String text) {
        String readable = TermKey.readable(text);
        return readable.isBlank() ? List.of() : Arrays.asList(readable.strip().split(" "));
    }
}
