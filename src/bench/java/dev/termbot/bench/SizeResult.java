package dev.termbot.bench;

/**
 * Everything measured for one phrase-set size. Every rate comes from the same corpus in the same
 * process, so the ratios between them hold even when the machine's speed drifts.
 *
 * @param phrases     watched phrases (real and synthetic)
 * @param rules       rules they belong to
 * @param buildMillis time to build the detector for them
 * @param ceiling     the char-read ceiling on this size's corpus
 * @param contains    lowercase + {@code contains} per phrase
 * @param regex       one case-insensitive alternation
 * @param detector    termbot's detector alone
 * @param core        {@code Bot.onMessage}: detection, policy, no I/O
 * @param accuracy    recall and false hits of the detector on this corpus
 */
public record SizeResult(int phrases, int rules, double buildMillis, Rate ceiling, Rate contains, Rate regex,
                  Rate detector, Rate core, Accuracy accuracy) {
}
