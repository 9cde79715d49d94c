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

    /** A found definition with its related entries named at the end ("Related: Teacher model, Student model"). */
    public static Reply definition(Term term, Knowledge knowledge) {
        List<String> related = relatedNames(term, knowledge);
        String body = related.isEmpty() ? term.note() : term.note() + "\n\n" + RELATED_PREFIX + String.join(", ", related);
        return new Reply(Reply.Kind.DEFINITION, term.id(), "", term.display(), term.definition(), body,
                term.links(), List.of(), "");
    }

    /** How the related entries' line begins. */
    public static final String RELATED_PREFIX = "Related: ";

    /** The display names of a term's related entries that exist in this glossary, in the entry's order. */
    public static List<String> relatedNames(Term term, Knowledge knowledge) {
        return term.related().stream().flatMap(id -> knowledge.term(id).stream()).map(Term::display).toList();
    }

    /** {@code /define} without a term: every entry, grouped by initial letter. */
    public static Reply index(GlossaryIndex index) {
        return new Reply(Reply.Kind.NOTICE, "", "", "The glossary: " + index.size() + " term" + (index.size() == 1 ? "" : "s"),
                "", index.toPlainText(), List.of(), List.of(), "/define TERM shows one entry.");
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
