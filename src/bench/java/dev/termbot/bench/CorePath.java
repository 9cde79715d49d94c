package dev.termbot.bench;

import dev.termbot.core.Bot;
import dev.termbot.core.InMemoryPolicyStore;
import dev.termbot.core.InboundMessage;
import dev.termbot.core.Knowledge;
import dev.termbot.core.Markup;
import dev.termbot.core.Outcome;
import dev.termbot.core.PolicySettings;
import dev.termbot.core.UsageLog;
import dev.termbot.core.Where;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The full core decision without I/O: {@link Bot#onMessage} with an in-memory policy store, no
 * usage log and a fixed clock, over messages spread across channels and authors. Every message
 * has its own id; when the timing loop wraps around, a fresh bot and store start over, so no id is
 * ever seen twice by one store (a repeated id would take the cheaper duplicate path).
 *
 * <p>Used by one thread at a time.
 */
final class CorePath implements Workload {
    private static final int CHANNELS = 64;
    private static final int AUTHORS = 997;
    static final Clock FIXED = Clock.fixed(Instant.parse("2026-05-04T12:00:00Z"), ZoneOffset.UTC);

    private final InboundMessage[] messages;
    private final Knowledge knowledge;
    private Bot bot;

    CorePath(BenchCorpus corpus, Knowledge knowledge) {
        this.knowledge = knowledge;
        this.messages = new InboundMessage[corpus.size()];
        for (int i = 0; i < messages.length; i++) {
            Where where = new Where("bench", "T0001", "C" + (i % CHANNELS), "");
            messages[i] = new InboundMessage(where, "m" + i, "U" + (i % AUTHORS), false, corpus.message(i), Markup.PLAIN);
        }
        rewind();
    }

    @Override
    public long process(int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            Outcome outcome = bot.onMessage(messages[i]);
            sum += outcome.hits().size() + (outcome.reply().isPresent() ? 1_000 : 0);
        }
        return sum;
    }

    @Override
    public void rewind() {
        bot = new Bot(() -> knowledge, new InMemoryPolicyStore(), PolicySettings.DEFAULTS, UsageLog.NONE, FIXED);
    }
}
