package dev.termbot.cli;

import dev.termbot.core.Bot;
import dev.termbot.core.ConfigException;
import dev.termbot.digest.DigestCompiler;
import dev.termbot.digest.DigestMarkdown;
import dev.termbot.digest.DigestPeriod;
import dev.termbot.digest.DigestSettings;
import dev.termbot.glossary.Glossary;
import dev.termbot.ops.OpsMetrics;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * The composition root shared by {@code run} and {@code console}: glossary snapshot, storage,
 * metrics and the {@link Bot}, wired with plain {@code new}. Closing it flushes the usage log and
 * closes the database. Thread-safe once built.
 */
final class Assembly implements AutoCloseable {
    private final Settings settings;
    private final KnowledgeHolder knowledge;
    private final Storage storage;
    private final OpsMetrics metrics;
    private final Bot bot;
    private final DigestCompiler digests;
    private final Clock clock;

    private Assembly(Settings settings, KnowledgeHolder knowledge, Storage storage, OpsMetrics metrics, Clock clock) {
        this.settings = settings;
        this.knowledge = knowledge;
        this.storage = storage;
        this.metrics = metrics;
        this.clock = clock;
        this.bot = new Bot(knowledge, storage.policyStore(), settings.policy(), metrics.usageLog(storage.usageLog()),
                clock, metrics.messageCounter());
        this.digests = new DigestCompiler(storage.usageQueries(),
                DigestSettings.DEFAULTS.withZone(settings.digest().zone()).withStaleAfterDays(settings.digest().staleAfterDays()),
                clock);
        metrics.bindUsageLogQueueDepth(() -> storage.health().queueDepth());
        metrics.bindUsageLogWriteFailures(() -> storage.health().writeFailures());
        metrics.bindUsageLogDropped(() -> storage.health().dropped());
    }

    /**
     * Loads the glossary and opens (creating and migrating) the database.
     *
     * @throws ConfigException for a broken glossary
     */
    static Assembly open(Settings settings, GlossaryOption glossary, Map<String, String> env, Clock clock) throws ConfigException {
        KnowledgeHolder knowledge = KnowledgeHolder.load(KnowledgeFactory.withOpenNlp(), glossary);
        StorageOptions options = StorageOptions.fromEnvironment(env).withRetentionDays(settings.storage().retentionDays());
        Storage storage = Storage.open(settings.storage().database(), clock, options);
        return new Assembly(settings, knowledge, storage, new OpsMetrics(), clock);
    }

    Bot bot() {
        return bot;
    }

    Storage storage() {
        return storage;
    }

    OpsMetrics metrics() {
        return metrics;
    }

    KnowledgeHolder knowledge() {
        return knowledge;
    }

    Settings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    /** The digest of a period as Markdown, against the glossary in force now. */
    String digestMarkdown(DigestPeriod period) {
        Glossary glossary = knowledge.glossary();
        return DigestMarkdown.render(digests.compile(period, glossary.terms(), glossary.rules()));
    }

    /** The digest moderators ask for with {@code /termbot digest}: the last full week. */
    String lastWeekDigest() {
        return digestMarkdown(DigestPeriod.lastFullIsoWeek(clock.instant(), settings.digest().zone()));
    }

    /** This ISO week so far (Monday to today), which is what a console session wants to see. */
    String thisWeekDigest() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), settings.digest().zone());
        return digestMarkdown(new DigestPeriod(today.with(DayOfWeek.MONDAY), today));
    }

    @Override
    public void close() {
        storage.close();
        metrics.close();
    }
}
