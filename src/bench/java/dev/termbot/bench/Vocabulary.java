package dev.termbot.bench;

import java.util.List;
import java.util.Set;

/**
 * The word lists the synthetic phrase sets are combined from. A phrase is one modifier and one
 * head ("reward hacking", "gradient leak"). The lists are curated so that no two of their words
 * lie within one edit of each other: a typo planted in one word must never spell another watched
 * word, or recall would depend on which rule the detector happened to pick.
 *
 * <p>Constants only; thread-safe.
 */
final class Vocabulary {
    /** First words of synthetic phrases; none is "distillation" or one of its near misses. */
    static final List<String> MODIFIERS = List.of(
            "adversarial", "gradient", "reward", "synthetic", "preference", "prompt", "context",
            "embedding", "token", "weight", "checkpoint", "dataset", "benchmark", "alignment",
            "inference", "retrieval", "tokenizer", "logit", "activation", "attention", "latent",
            "policy", "teacher", "student", "router", "memory", "sampling", "decoding",
            "quantization", "pruning", "calibration", "evaluation", "annotation", "curriculum",
            "contrastive", "diffusion", "agentic", "multimodal", "sparse", "federated", "watermark",
            "membership", "sycophancy", "verifier", "critic", "sandbox", "plugin", "system",
            "safety", "guardrail", "classifier", "replay", "feedback", "ranking", "caching",
            "scaling", "privacy", "label", "telemetry", "jailbreak");

    /** Heads that are count nouns: their plural is a variant the detector must find. */
    static final List<String> COUNT_HEADS = List.of(
            "attack", "leak", "collapse", "exploit", "extraction", "injection", "inversion", "probe",
            "trojan", "bypass", "overflow", "shortcut", "loop", "failure", "cascade", "hijack",
            "theft", "evasion", "mismatch", "regression", "divergence", "hazard", "breach",
            "override", "glitch", "artifact", "spike", "bottleneck", "misfire");

    /** Heads that are mass nouns ("reward hacking"): no plural variant is planted for them. */
    static final List<String> MASS_HEADS = List.of(
            "hacking", "poisoning", "leakage", "tampering", "laundering", "spoofing", "scraping",
            "gaming", "smuggling");

    /** Words of everyday (AI) chat used around the planted phrases and in background messages. */
    static final List<String> CHAT = List.of(
            "the", "a", "an", "this", "that", "it", "we", "you", "they", "I", "is", "was", "are",
            "be", "have", "has", "had", "do", "did", "not", "no", "yes", "just", "really", "still",
            "already", "maybe", "probably", "honestly", "actually", "again", "today", "yesterday",
            "tomorrow", "now", "later", "soon", "here", "there", "with", "for", "from", "about",
            "into", "on", "in", "at", "of", "to", "and", "or", "but", "so", "if", "when", "because",
            "model", "models", "training", "trained", "loss", "eval", "evals", "GPU", "GPUs", "batch",
            "epoch", "layer", "layers", "transformer", "paper", "repo", "notebook", "run", "runs",
            "config", "learning", "rate", "optimizer", "finetune", "LoRA", "adapter", "baseline",
            "results", "numbers", "plot", "chart", "slides", "talk", "meeting", "deadline", "review",
            "reviewer", "draft", "script", "cluster", "node", "job", "queue", "OOM", "logs", "metric",
            "accuracy", "perplexity", "throughput", "latency", "release", "license", "hardware",
            "open", "closed", "small", "large", "faster", "slower", "better", "worse", "weird",
            "nice", "cool", "great", "interesting", "looks", "seems", "works", "broke", "fixed",
            "merged", "pushed", "shipped", "tried", "tested", "checked", "read", "wrote", "saw",
            "think", "guess", "know", "need", "want", "should", "could", "would", "might",
            "anyone", "someone", "everyone", "thread", "channel", "link", "post", "blog", "arxiv",
            "code", "bug", "issue", "PR", "branch", "commit", "test", "tests", "coffee", "lunch",
            "week", "month", "team", "lab", "folks", "people", "question", "answer", "idea");

    /** Everything a synthetic phrase is made of. */
    static Set<String> phraseWords() {
        java.util.Set<String> words = new java.util.LinkedHashSet<>(MODIFIERS);
        words.addAll(COUNT_HEADS);
        words.addAll(MASS_HEADS);
        return words;
    }

    private Vocabulary() {
    }
}
