package dev.termbot.glossary;

import dev.termbot.config.YamlMapping;
import dev.termbot.config.YamlText;
import dev.termbot.config.Problems;
import dev.termbot.config.Suggest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks that need the whole file: unique ids, every spelling (id, display term, alias) owned
 * by one entry only, related ids and rule terms that name real entries, and phrases watched by
 * one rule only. Runs after every entry read cleanly, so one broken entry does not cause a cascade
 * of follow-up messages. Not thread-safe (reports into one load's problems).
 */
final class CrossChecks {
    private final Problems problems;

    CrossChecks(Problems problems) {
        this.problems = problems;
    }

    void check(List<ParsedTerm> terms, List<ParsedRule> rules) {
        Map<String, ParsedTerm> byId = uniqueTermIds(terms);
        checkSpellings(terms);
        checkRelated(terms, byId);
        checkRules(rules, byId);
    }

    private Map<String, ParsedTerm> uniqueTermIds(List<ParsedTerm> terms) {
        Map<String, ParsedTerm> byId = new LinkedHashMap<>();
        for (ParsedTerm term : terms) {
            ParsedTerm first = byId.putIfAbsent(term.id().value(), term);
            if (first != null) {
                problems.at(term.id().node(), "duplicate term id '" + term.id().value() + "' (first defined at line "
                        + first.id().line() + ")");
            }
        }
        return byId;
    }

    /** Who owns a spelling, and in which role, so a clash message can say exactly what it collides with. */
    private record Owner(String termId, String role, YamlText text) {
    }

    // Ids and display terms are claimed before any alias, so an alias that repeats another entry's
    // name is reported at the alias, wherever the two entries sit in the file.
    private void checkSpellings(List<ParsedTerm> terms) {
        Map<String, Owner> owners = new HashMap<>();
        for (ParsedTerm term : terms) {
            claim(owners, new Owner(term.id().value(), "id", term.id()));
            claim(owners, new Owner(term.id().value(), "term", term.display()));
        }
        for (ParsedTerm term : terms) {
            term.aliases().forEach(alias -> claim(owners, new Owner(term.id().value(), "alias", alias)));
        }
    }

    private void claim(Map<String, Owner> owners, Owner claimant) {
        String key = TermKey.of(claimant.text().value());
        Owner owner = owners.putIfAbsent(key, claimant);
        // Spellings of one entry may coincide ("RLHF" for rlhf); a repeated id is reported as a duplicate id.
        if (owner == null || owner.termId().equals(claimant.termId())) {
            return;
        }
        problems.at(claimant.text().node(), describe(claimant) + " clashes with the " + roleName(owner) + " '"
                + owner.text().value() + "' of term '" + owner.termId() + "' (line " + owner.text().line()
                + "); each spelling may belong to one entry only");
    }

    private static String describe(Owner claimant) {
        String spelling = roleName(claimant) + " '" + claimant.text().value() + "'";
        return claimant.role().equals("id") ? spelling : spelling + " of term '" + claimant.termId() + "'";
    }

    private static String roleName(Owner owner) {
        return owner.role().equals("term") ? "display term" : owner.role();
    }

    private void checkRelated(List<ParsedTerm> terms, Map<String, ParsedTerm> byId) {
        for (ParsedTerm term : terms) {
            for (YamlText related : term.related()) {
                if (related.value().equals(term.id().value())) {
                    problems.at(related.node(), "term '" + term.id().value() + "' lists itself as related");
                } else if (!byId.containsKey(related.value())) {
                    problems.at(related.node(), "related id '" + YamlMapping.shorten(related.value()) + "' in term '"
                            + term.id().value() + "' names no term" + Suggest.didYouMean(related.value(), byId.keySet()));
                }
            }
        }
    }

    private void checkRules(List<ParsedRule> rules, Map<String, ParsedTerm> terms) {
        Map<String, ParsedRule> byId = new HashMap<>();
        Map<String, ParsedRule> byPhrase = new HashMap<>();
        for (ParsedRule rule : rules) {
            ParsedRule first = byId.putIfAbsent(rule.id().value(), rule);
            if (first != null) {
                problems.at(rule.id().node(), "duplicate rule id '" + rule.id().value() + "' (first defined at line "
                        + first.id().line() + ")");
            }
            if (!terms.containsKey(rule.term().value())) {
                problems.at(rule.term().node(), "rule '" + rule.id().value() + "' points at unknown term '"
                        + YamlMapping.shorten(rule.term().value()) + "'" + Suggest.didYouMean(rule.term().value(), terms.keySet()));
            }
            for (YamlText phrase : rule.phrases()) {
                checkPhrase(rule, phrase, byPhrase);
            }
            for (YamlText order : rule.wordOrders()) {
                checkPhrase(rule, order, byPhrase); // a word order is watched like a phrase
            }
        }
    }

    private void checkPhrase(ParsedRule rule, YamlText phrase, Map<String, ParsedRule> byPhrase) {
        String key = String.join(" ", TermKey.words(TermKey.readable(phrase.value())));
        ParsedRule owner = byPhrase.putIfAbsent(key, rule);
        if (owner != null) {
            String where = owner == rule ? "this rule" : "rule '" + owner.id().value() + "'";
            problems.at(phrase.node(), "phrase '" + phrase.value() + "' is already watched by " + where);
        }
    }
}
