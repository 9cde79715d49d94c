package dev.termbot.core;

import java.util.List;

/**
 * Builds the platform-neutral replies from glossary data. One place for the wording, so every
 * platform says the same thing. Stateless.
 */
public final class Replies {
    static final String NOTE_FOOTER =
            "termbot posts a short note when a contested AI term comes up. "
                    + "Not for you? /termbot optout stops these notes.";

    private Replies() {
    }

    /** The passive note a misuse rule posts. */
    public static Reply note(MisuseRule rule, Term term) {
        List<Link> links = rule.links().isEmpty() ? term.links() : rule.links();
        return new Reply(Reply.Kind.NOTE, term.id(), rule.id(), "A note on \u201c" + term.display() + "\u201d",
                "", rule.reply(), links, List.of(), NOTE_FOOTER);
    }

    /** The answer to a {@code /define} that found its entry. */
    /** The note a rule stands for in this glossary; empty when the rule or its term is gone. */
    public static java.util.Optional<Reply> noteFor(Knowledge knowledge, String ruleId) {
        return knowledge.rule(ruleId).flatMap(rule -> knowledge.term(rule.termId()).map(term -> note(rule, term)));
    }

    public static Reply definition(Term term) {
        return new Reply(Reply.Kind.DEFINITION, term.id(), "", term.display(), term.definition(), term.note(),
                term.links(), List.of(), "");
    }

    /** The answer to a {@code /define} that found nothing; the query is echoed only after defanging. */
    public static Reply notFound(String rawQuery, List<Term> suggestions) {
        String shown = shorten(MentionGuard.defang(rawQuery.strip()), 80);
        String body = shown.isEmpty()
                ? "Ask for a term, for example /define distillation."
                : "No glossary entry for \u201c" + shown + "\u201d.";
        List<String> names = suggestions.stream().map(Term::display).toList();
        return new Reply(Reply.Kind.NOT_FOUND, "", "", "Not in the glossary", "", body, List.of(), names, "");
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, cut) + "\u2026";
    }
}
