package dev.termbot.glossary;

import dev.termbot.config.YamlText;
import dev.termbot.core.Term;

import java.util.List;

/**
 * A glossary entry as read from the file, still carrying where its id, display term, aliases,
 * related ids and review date were written so that the checks across entries can point at them.
 */
record ParsedTerm(Term term, YamlText id, YamlText display, List<YamlText> aliases, List<YamlText> related,
                  YamlText reviewed) {
}
