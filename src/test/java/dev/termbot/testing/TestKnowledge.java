package dev.termbot.testing;

import dev.termbot.core.Detector;
import dev.termbot.core.Knowledge;
import dev.termbot.core.Link;
import dev.termbot.core.LookupResult;
import dev.termbot.core.MisuseRule;
import dev.termbot.core.Term;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A two-entry glossary with the distillation-attack rule, for tests of the code around the real
 * glossary and detector (policy, commands, adapters).
 */
public final class TestKnowledge {
    public static final Term DISTILLATION = new Term("distillation", "Distillation", List.of("knowledge distillation"),
            "Training a smaller student model on the outputs of a stronger teacher model.",
            "A standard post-training technique.",
            List.of(new Link("Hinton et al. 2015", "https://arxiv.org/abs/1503.02531")),
            List.of("distillation-attack"), LocalDate.of(2026, 11, 1));
    public static final Term DISTILLATION_ATTACK = new Term("distillation-attack", "Distillation attack", List.of(),
            "A contested label for extracting a model's outputs through API abuse.",
            "What is described is usually jailbreaking or account fraud, not distillation itself.",
            List.of(new Link("The distillation panic", "https://www.interconnects.ai/p/the-distillation-panic")),
            List.of("distillation"), LocalDate.of(2026, 11, 1));
    public static final MisuseRule RULE = new MisuseRule("distillation-attack", "distillation-attack",
            List.of("distillation attack"), List.of(),
            "Distillation is a standard technique; what is described is usually API abuse.",
            List.of(new Link("Anthropic", "https://www.anthropic.com/news/detecting-and-preventing-distillation-attacks")));

    private TestKnowledge() {
    }

    /** The two terms, the rule, a regex detector and an exact-or-prefix lookup. */
    public static Knowledge create() {
        return create(RegexDetector.distillationAttack());
    }

    /** The same with another detector, for tests that need what only the real one reads (code blocks, say). */
    public static Knowledge create(Detector detector) {
        List<Term> terms = List.of(DISTILLATION, DISTILLATION_ATTACK);
        return new Knowledge(terms, List.of(RULE), detector, query -> {
            String q = query.strip().toLowerCase(Locale.ROOT);
            Optional<Term> exact = terms.stream()
                    .filter(t -> t.id().equals(q) || t.display().toLowerCase(Locale.ROOT).equals(q)).findFirst();
            List<Term> suggestions = exact.isPresent() || q.isEmpty() ? List.of()
                    : terms.stream().filter(t -> t.id().startsWith(q.substring(0, 1))).toList();
            return new LookupResult(q, exact, suggestions);
        });
    }
}
