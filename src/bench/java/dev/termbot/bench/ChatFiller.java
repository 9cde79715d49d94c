package dev.termbot.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes background chat messages the way AI communities talk: reactions, one-liners, longer
 * explanations, Slack and Discord mentions, URLs and link markup, inline code, fenced code blocks,
 * emoji, quotes, lists and emphasis, and now and then a legitimate mention of distillation. None
 * of it contains a watched phrase. Messages average about 110 bytes of UTF-8.
 *
 * <p>Stateless: all randomness comes from the caller's generator, so a seed fixes the corpus.
 */
final class ChatFiller {
    private static final List<String> REACTIONS = List.of(
            "lol", "+1", "thanks!", "\uD83D\uDC4D", "nice \uD83C\uDF89", "same here", "ok will check",
            "ty", "haha yes", "\uD83D\uDE05", "agreed", "on it", "brb", ":thumbsup:", "ship it \uD83D\uDE80",
            "wait what", "hmm", "good catch", "<:pepe_think:912345678901234567>", "done");
    private static final List<String> EMOJI = List.of(
            "\uD83D\uDE42", "\uD83C\uDF89", "\uD83D\uDC4D", "\uD83D\uDD25", "\uD83D\uDE05", "\uD83E\uDD14",
            ":eyes:", ":tada:", "\u2705", "\uD83D\uDE80");
    private static final List<String> URLS = List.of(
            "https://github.com/acme/trainer/pull/%d", "https://arxiv.org/abs/24%02d.%05d",
            "https://huggingface.co/acme/tiny-%d", "<https://example.com/notes/%d|the notes>",
            "[the paper](https://arxiv.org/abs/23%02d.%05d)", "https://wandb.ai/acme/runs/%d?tab=charts");
    private static final List<String> INLINE_CODE = List.of(
            "`model.generate()`", "`--lr 3e-4`", "`torch.compile`", "`CUDA_VISIBLE_DEVICES=0`",
            "`pip install -U transformers`", "`max_new_tokens`", "`git rebase -i`");
    private static final List<String> CODE_BLOCKS = List.of(
            "```python\nfor batch in loader:\n    loss = model(batch).loss\n    loss.backward()\n```",
            "```\nRuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB\n```",
            "```bash\ntorchrun --nproc_per_node=8 train.py --config configs/small.yaml\n```",
            "```json\n{\"lr\": 0.0003, \"warmup_steps\": 500, \"batch_size\": 64}\n```");
    private static final List<String> DISTILLATION = List.of(
            "we used distillation from the big model and it worked fine",
            "knowledge distillation into the small student is the plan",
            "is distillation still worth it at this size",
            "the attack surface of the plugin API worries me more");

    private ChatFiller() {
    }

    /** One background message. */
    static String message(SplittableRandom random) {
        int roll = random.nextInt(100);
        StringBuilder out = new StringBuilder(256);
        if (roll < 15) {
            out.append(pick(random, REACTIONS));
        } else if (roll < 62) {
            decorated(random, out, 1);
        } else if (roll < 88) {
            decorated(random, out, 2 + random.nextInt(2));
        } else if (roll < 94) {
            sentence(random, out, 4, 10);
            out.append('\n').append(pick(random, CODE_BLOCKS));
        } else {
            decorated(random, out, 5 + random.nextInt(5));
        }
        return out.toString();
    }

    /** Chat words around a planted fragment: {@code min} to {@code max} words, no punctuation. */
    static String words(SplittableRandom random, int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                out.append(' ');
            }
            out.append(pick(random, Vocabulary.CHAT));
        }
        return out.toString();
    }

    private static void decorated(SplittableRandom random, StringBuilder out, int sentences) {
        if (random.nextInt(8) == 0) {
            out.append(mention(random)).append(' ');
        }
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                out.append(random.nextInt(6) == 0 ? "\n" : " ");
            }
            int kind = random.nextInt(40);
            if (kind == 0) {
                out.append(pick(random, DISTILLATION)).append('.');
            } else if (kind == 1) {
                out.append("> ");
                sentence(random, out, 4, 9);
                out.append('\n');
            } else if (kind == 2) {
                out.append("- ");
                sentence(random, out, 2, 5);
                out.append("\n- ");
                sentence(random, out, 2, 5);
            } else {
                sentence(random, out, 5, 16);
            }
        }
        switch (random.nextInt(12)) {
            case 0, 1 -> out.append(' ').append(url(random));
            case 2 -> out.append(' ').append(pick(random, INLINE_CODE));
            case 3, 4 -> out.append(' ').append(pick(random, EMOJI));
            default -> {
                // most messages are plain prose
            }
        }
    }

    private static void sentence(SplittableRandom random, StringBuilder out, int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        int emphasis = random.nextInt(10) == 0 ? random.nextInt(n) : -1;
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                out.append(' ');
            }
            String word = pick(random, Vocabulary.CHAT);
            if (k == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            out.append(k == emphasis ? (random.nextBoolean() ? "**" + word + "**" : "_" + word + "_") : word);
        }
        out.append(switch (random.nextInt(6)) {
            case 0 -> "?";
            case 1 -> "!";
            case 2 -> "";
            default -> ".";
        });
    }

    private static String mention(SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> "<@U" + Long.toString(random.nextLong(1L << 40, 1L << 45), 36).toUpperCase(java.util.Locale.ROOT) + ">";
            case 1 -> "<@" + random.nextLong(100_000_000_000_000_000L, 999_999_999_999_999_999L) + ">";
            default -> "@" + pick(random, List.of("alice", "bob", "chen", "dana", "eli", "farah"));
        };
    }

    private static String url(SplittableRandom random) {
        String pattern = pick(random, URLS);
        return String.format(pattern, random.nextInt(1, 13), random.nextInt(1, 99_999), random.nextInt(100));
    }

    static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
