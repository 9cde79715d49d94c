package dev.termbot.glossary;

import dev.termbot.config.YamlText;
import dev.termbot.core.MisuseRule;

import java.util.List;

/** A misuse rule as read from the file, with the locations the checks across entries need. */
record ParsedRule(MisuseRule rule, YamlText id, YamlText term, List<YamlText> phrases, List<YamlText> wordOrders) {
}
