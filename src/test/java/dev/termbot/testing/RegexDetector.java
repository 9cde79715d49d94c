package dev.termbot.testing;

import dev.termbot.core.Detector;
import dev.termbot.core.Hit;
import dev.termbot.core.Markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately simple detector for tests of the code around detection (policy, commands,
 * adapters): one regex for one rule. The real detector has its own tests.
 */
public final class RegexDetector implements Detector {
    private final Pattern pattern;
    private final String ruleId;
    private final String termId;

    public RegexDetector(String regex, String ruleId, String termId) {
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        this.ruleId = ruleId;
        this.termId = termId;
    }

    /** Finds "distillation attack(s)" for the rule and term "distillation-attack". */
    public static RegexDetector distillationAttack() {
        return new RegexDetector("distillation[ -]attacks?", "distillation-attack", "distillation-attack");
    }

    @Override
    public List<Hit> detect(String text, Markup markup) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            hits.add(new Hit(ruleId, termId, m.start(), m.end(), m.group()));
        }
        return hits;
    }
}
