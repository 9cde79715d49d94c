package dev.termbot.platform.slack;

import dev.termbot.core.Knowledge;
import dev.termbot.core.Link;
import dev.termbot.core.LookupResult;
import dev.termbot.core.MisuseRule;
import dev.termbot.core.Term;
import dev.termbot.core.TermLookup;
import dev.termbot.testing.RegexDetector;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A two-entry glossary with one misuse rule, the shared test regex detector and an exact-or-prefix lookup:
 * just enough of the real glossary and detector (built elsewhere) to drive the Slack adapter.
 */
final class TestGlossary {
    static final Link PANIC = new Link("The distillation panic", "https://www.interconnects.ai/p/the-distillation-panic");
    static final Link HINTON = new Link("Distilling the Knowledge in a Neural Network", "https://arxiv.org/abs/1503.02531");
    static final Term DISTILLATION = new Term("distillation", "Distillation", List.of("knowledge distillation"),
            "Training a smaller student model on the outputs of a stronger teacher model.",
            "A standard post-training technique, used to build data and to transfer skills such as maths & code.",
            List.of(HINTON), List.of(), LocalDate.of(2026, 5, 4));
    static final Term RLHF = new Term("rlhf", "RLHF", List.of("reinforcement learning from human feedback"),
            "Tuning a model with a reward learned from human preference judgements.",
            "Used to make models follow instructions.", List.of(new Link("Christiano et al. 2017",
            "https://arxiv.org/abs/1706.03741")), List.of(), LocalDate.of(2026, 5, 4));
    static final String RULE_ID = "distillation-attack";
    static final String RULE_REPLY = "\u201cDistillation attack\u201d usually describes API abuse such as jailbreaking or"
            + " fraudulent accounts; distillation itself is a legitimate training technique.";
    static final MisuseRule RULE = new MisuseRule(RULE_ID, "distillation", List.of("distillation attack"), List.of(),
            RULE_REPLY, List.of(PANIC));

    private TestGlossary() {
    }

    static Knowledge knowledge() {
        return new Knowledge(List.of(DISTILLATION, RLHF), List.of(RULE),
                new RegexDetector("distillation[ -]attacks?", RULE_ID, "distillation"), new PrefixLookup());
    }

    /** Exact id, display or alias (any case); otherwise suggests entries sharing the first four letters. */
    static final class PrefixLookup implements TermLookup {
        @Override
        public LookupResult lookup(String query) {
            String q = query.strip().toLowerCase(Locale.ROOT);
            for (Term term : List.of(DISTILLATION, RLHF)) {
                if (term.id().equals(q) || term.display().toLowerCase(Locale.ROOT).equals(q)
                        || term.aliases().contains(q)) {
                    return new LookupResult(q, Optional.of(term), List.of());
                }
            }
            List<Term> near = List.of(DISTILLATION, RLHF).stream()
                    .filter(t -> q.length() >= 4 && t.id().startsWith(q.substring(0, 4)))
                    .toList();
            return new LookupResult(q, Optional.empty(), near);
        }
    }
}
