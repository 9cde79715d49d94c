package dev.termbot.platform.discord;

import dev.termbot.core.Detector;
import dev.termbot.core.Hit;
import dev.termbot.core.Knowledge;
import dev.termbot.core.Link;
import dev.termbot.core.LookupResult;
import dev.termbot.core.Markup;
import dev.termbot.core.MisuseRule;
import dev.termbot.core.Term;
import dev.termbot.core.TermLookup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A tiny glossary for the adapter's tests, with a case-insensitive regex detector and an exact-name
 * lookup. The real glossary and detector live in other packages and are tested there; the adapter
 * only needs something that behaves like them.
 */
final class TestGlossary {
    static final Link HINTON = new Link("Hinton et al. (2015), Distilling the Knowledge in a Neural Network",
            "https://arxiv.org/abs/1503.02531");
    static final Link EXTRACTION = new Link("Tram\u00e8r et al. (2016), Stealing Machine Learning Models via Prediction APIs",
            "https://arxiv.org/abs/1609.02943");

    static final Term DISTILLATION = new Term("distillation", "Distillation", List.of("knowledge distillation"),
            "Training a smaller student model to reproduce the outputs of a larger teacher model.",
            "A standard, openly published training technique.", List.of(HINTON), List.of("model-extraction"),
            LocalDate.of(2025, 1, 1));
    static final Term MODEL_EXTRACTION = new Term("model-extraction", "Model extraction", List.of("model stealing"),
            "Copying a model's behaviour by querying it at scale, usually against the provider's terms.",
            "Often what people mean when they say \u201cdistillation attack\u201d.", List.of(EXTRACTION), List.of(),
            LocalDate.of(2025, 1, 1));
    static final Term RLHF = new Term("rlhf", "RLHF", List.of("reinforcement learning from human feedback"),
            "Fine-tuning a model with a reward model trained on human preference judgements.",
            "Used to align chat models.", List.of(new Link("Ouyang et al. (2022)", "https://arxiv.org/abs/2203.02155")),
            List.of(), LocalDate.of(2025, 1, 1));

    static final MisuseRule DISTILLATION_ATTACK = new MisuseRule("distillation-attack", "distillation",
            List.of("distillation attack"), List.of(),
            "Distillation is a legitimate training technique. What gets called a \u201cdistillation attack\u201d is "
                    + "usually model extraction through an API, against its terms of use.",
            List.of(HINTON, EXTRACTION));

    static final List<Term> TERMS = List.of(DISTILLATION, MODEL_EXTRACTION, RLHF);

    private TestGlossary() {
    }

    static Knowledge knowledge() {
        return new Knowledge(TERMS, List.of(DISTILLATION_ATTACK), new RegexDetector(List.of(DISTILLATION_ATTACK)),
                new ExactLookup(TERMS));
    }

    /** Finds each rule's phrases, case-insensitively, as whole words (an optional plural s). */
    static final class RegexDetector implements Detector {
        private final List<MisuseRule> rules;
        private final List<Pattern> patterns;

        RegexDetector(List<MisuseRule> rules) {
            this.rules = List.copyOf(rules);
            this.patterns = rules.stream()
                    .map(rule -> Pattern.compile("\\b(?:" + String.join("|", rule.phrases().stream().map(Pattern::quote).toList())
                            + ")s?\\b", Pattern.CASE_INSENSITIVE))
                    .toList();
        }

        @Override
        public List<Hit> detect(String text, Markup markup) {
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                Matcher m = patterns.get(i).matcher(text);
                while (m.find()) {
                    hits.add(new Hit(rules.get(i).id(), rules.get(i).termId(), m.start(), m.end(), m.group()));
                }
            }
            hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return hits;
        }
    }

    /** Exact id, display form or alias, ignoring case; otherwise up to three entries sharing the first letter. */
    static final class ExactLookup implements TermLookup {
        private final List<Term> terms;

        ExactLookup(List<Term> terms) {
            this.terms = List.copyOf(terms);
        }

        @Override
        public LookupResult lookup(String query) {
            String q = query.strip().toLowerCase(Locale.ROOT);
            Optional<Term> found = terms.stream()
                    .filter(t -> Stream.concat(Stream.of(t.id(), t.display()), t.aliases().stream())
                            .anyMatch(name -> name.toLowerCase(Locale.ROOT).equals(q)))
                    .findFirst();
            List<Term> suggestions = found.isPresent() || q.isEmpty() ? List.of() : terms.stream()
                    .filter(t -> t.display().toLowerCase(Locale.ROOT).charAt(0) == q.charAt(0))
                    .limit(3)
                    .toList();
            return new LookupResult(q, found, suggestions);
        }
    }
}
