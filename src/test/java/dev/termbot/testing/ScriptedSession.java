package dev.termbot.testing;

import dev.termbot.core.Bot;
import dev.termbot.core.InboundMessage;
import dev.termbot.core.Link;
import dev.termbot.core.Markup;
import dev.termbot.core.MisuseRule;
import dev.termbot.core.Outcome;
import dev.termbot.core.PolicySettings;
import dev.termbot.core.PolicyStore;
import dev.termbot.core.Term;
import dev.termbot.core.UsageLog;
import dev.termbot.core.Where;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A short, known chat session driven through the real {@link Bot}: notes, every kind of suppression,
 * a replayed delivery and {@code /define} lookups, all in ISO week 2026-W48. Tests run it against
 * real storage and then check what the database and the digest show.
 */
public final class ScriptedSession {
    public static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
    // Nine-digit tails: a leaked tail must be told apart from a random hash or key that happens to
    // contain the same digits, as four-digit tails sometimes did (a flaky NothingPrivateIsStoredTest).
    public static final String ALICE = "U-alice-raw-773104529";
    public static final String BOB = "U-bob-raw-441086317";
    public static final String CAROL = "U-carol-raw-902561748";
    public static final String BOT_USER = "B-helper-raw-0001";
    /** Every message text sent; none of it may be stored. */
    public static final List<String> TEXTS = List.of(
            "honestly they call it a distillation attack, says alice",
            "is that a distillation attack or just abuse? asks bob",
            "bot relay: distillation attack mentioned upstream",
            "carol writes: distillation attack again",
            "alice again: another distillation attack thread");
    public static final Where GENERAL = new Where("console", "", "general", "");
    public static final Where RESEARCH = new Where("console", "", "research", "");

    public static final List<Term> TERMS = List.of(
            new Term("distillation", "Distillation", List.of("knowledge distillation"), "Training a student on a teacher's outputs.",
                    "A standard technique.", List.of(new Link("Hinton et al.", "https://arxiv.org/abs/1503.02531")), List.of(),
                    LocalDate.of(2026, 11, 1)),
            new Term("open-weights", "Open-weight model", List.of(), "Weights are published.", "Not the same as open source.",
                    List.of(new Link("OSI", "https://opensource.org/ai/open-source-ai-definition")), List.of(), LocalDate.of(2025, 1, 1)));
    public static final List<MisuseRule> RULES = List.of(
            new MisuseRule("distillation-attack", "distillation", List.of("distillation attack"), List.of(),
                    "Distillation is a standard technique; what is described is API abuse.", List.of()),
            new MisuseRule("open-source-weights", "open-weights", List.of("open source weights"), List.of(), "See open-weight.", List.of()));

    private ScriptedSession() {
    }

    /** Runs the session; the clock moves forward as it goes. */
    public static void run(PolicyStore store, UsageLog usage, MutableClock clock) {
        clock.set(START);
        Bot bot = new Bot(() -> NaiveKnowledge.of(TERMS, RULES), store, PolicySettings.DEFAULTS, usage, clock);
        // a note for alice, and its delivery
        InboundMessage first = message(GENERAL, "m1", ALICE, false, TEXTS.get(0));
        Outcome noted = bot.onMessage(first);
        bot.noteDelivered(first, noted.reply().orElseThrow(), clock.instant());
        // the same delivery again (a retry) is dropped as a duplicate
        bot.onMessage(first);
        clock.advance(Duration.ofMinutes(1));
        bot.onMessage(message(GENERAL, "m2", BOB, false, TEXTS.get(1)));                 // cooldown
        bot.onMessage(message(GENERAL, "m3", BOT_USER, true, TEXTS.get(2)));             // bot author
        bot.setOptedOut(RESEARCH, CAROL, true);
        bot.onMessage(message(RESEARCH, "m4", CAROL, false, TEXTS.get(3)));              // opted out
        clock.advance(Duration.ofHours(1));
        bot.onMessage(message(RESEARCH, "m5", ALICE, false, TEXTS.get(4)));              // already explained
        bot.define(GENERAL, BOB, "Distillation");
        bot.define(GENERAL, CAROL, "model collapse");
        bot.define(RESEARCH, ALICE, "model   collapse");
    }

    private static InboundMessage message(Where where, String id, String author, boolean isBot, String text) {
        return new InboundMessage(where, id, author, isBot, text, Markup.PLAIN);
    }
}
