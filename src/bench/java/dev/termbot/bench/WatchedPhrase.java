package dev.termbot.bench;

import java.util.List;
import java.util.Locale;

/**
 * One phrase the detector watches in a benchmark run, with the rule it belongs to.
 *
 * @param ruleId    the misuse rule that watches it
 * @param phrase    the phrase as the rule spells it ("distillation-style attack")
 * @param countNoun whether its last word takes a plural ("attack" yes, "hacking" no)
 * @param synthetic true for generated phrases, false for the real glossary's
 */
record WatchedPhrase(String ruleId, String phrase, boolean countNoun, boolean synthetic) {
    /** The phrase's words in lowercase, split at spaces and hyphens. */
    List<String> words() {
        return List.of(phrase.toLowerCase(Locale.ROOT).trim().split("[\\s\\-\u2010-\u2015]+"));
    }
}
