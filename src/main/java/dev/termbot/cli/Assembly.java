package dev.termbot.cli;

import dev.termbot.core.Bot;
import dev.termbot.core.ConfigException;
import dev.termbot.core.InMemoryPolicyStore;
import dev.termbot.core.GlossarySuggestions;
import dev.termbot.core.MessageCounter;
import dev.termbot.core.NoteControls;
import dev.termbot.core.OverlayEntry;
import dev.termbot.core.SuggestionStore;
import dev.termbot.core.PolicyStore;
import dev.termbot.core.UsageLog;
import dev.termbot.detection.stance.EnglishModels;
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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The composition root shared by {@code run} and {@code console}: glossary snapshot, storage,
 * metrics and the {@link Bot}, wired with plain {@code new}. Closing it flushes the usage log and
 * closes the database. Thread-safe once built.
 */
final class Assembly implements AutoCloseable {
    private final Settings settings;
    private final KnowledgeHolder knowledge;
    private final Storage storage;
    private final Optional<OpsMetrics> metrics;
    private final Bot bot;
    private final NoteControls noteControls;
    private final GlossarySuggestions suggestions;
    private final DigestCompiler digests;
    private final Clock clock;

    private Assembly(Settings settings, KnowledgeHolder knowledge, Storage storage, Optional<OpsMetrics> metrics, Clock clock,
                     PolicyStore policyStore) {
        this.settings = settings;
        this.knowledge = knowledge;
        this.storage = storage;
        this.metrics = metrics;
        this.clock = clock;
        UsageLog usage = metrics.<UsageLog>map(m -> m.usageLog(storage.usageLog())).orElse(storage.usageLog());
        MessageCounter counter = metrics.map(OpsMetrics::messageCounter).orElse(MessageCounter.NONE);
        this.bot = new Bot(knowledge, policyStore, storage.noteLedger(), settings.policy(), usage, clock, counter);
        this.noteControls = new NoteControls(bot, storage.noteFeedback(), clock);
        // entries approved from chat are merged over the glossary file now and on every reload
        SuggestionStore store = storage.suggestions();
        knowledge.mergeOverlay(() -> store.overlay().stream().map(OverlayEntry::entryYaml).toList(), store::overlayVersion);
        this.suggestions = new GlossarySuggestions(store, new OverlayDrafts(knowledge), clock);
        this.digests = new DigestCompiler(storage.usageQueries(),
                DigestSettings.DEFAULTS.withZone(settings.digest().zone()).withStaleAfterDays(settings.digest().staleAfterDays()),
                clock);
        metrics.ifPresent(m -> {
            m.bindUsageLogQueueDepth(() -> storage.health().queueDepth());
            m.bindUsageLogWriteFailures(() -> storage.health().writeFailures());
            m.bindUsageLogDropped(() -> storage.health().dropped());
        });
    }

    /**
     * Loads the glossary and opens (creating and migrating) the database; with {@code withMetrics},
     * usage is also counted for {@code /metrics} (the console skips that cost at start).
     *
     * @throws ConfigException for a broken glossary
     */
    static Assembly open(Settings settings, GlossaryOption glossary, Map<String, String> env, Clock clock,
                         boolean withMetrics) throws ConfigException {
        return open(settings, glossary, env, clock, withMetrics, false);
    }

    /**
     * As {@link #open(Settings, GlossaryOption, Map, Clock, boolean)}; with {@code freshPolicy} the
     * reply policy's state (cooldowns, who was already told, handled messages, opt-outs, mutes)
     * lives in memory for this process only, while usage still goes to the database: a console
     * session that behaves like the first one every time, yet shows up in the digest.
     */
    static Assembly open(Settings settings, GlossaryOption glossary, Map<String, String> env, Clock clock,
                         boolean withMetrics, boolean freshPolicy) throws ConfigException {
        // Loading the language models (unless remembered inflections make them unnecessary), reading
        // the glossary and opening the database are the slow steps of a start and need nothing from
        // each other: do them side by side, each on its own thread (the common pool has a single
        // worker on a two-core machine, which would queue them).
        KnowledgeFactory factory = KnowledgeFactory.remembering(
                KnowledgeFactory.rememberedInflectionsBeside(settings.storage().database()));
        CompletableFuture<Glossary> read = CompletableFuture.supplyAsync(() -> {
            try {
                return glossary.load();
            } catch (ConfigException e) {
                throw new CompletionException(e);
            }
        }, task -> startDaemon(task, "termbot-start-glossary"));
        // the stance analysis' models are needed only on the first hit; load them now, off the start
        // path, so that first hit is not the one that waits
        startDaemon(EnglishModels::preloadQuietly, "termbot-start-stance-models");
        StorageOptions options = StorageOptions.fromEnvironment(env).withRetentionDays(settings.storage().retentionDays());
        Storage storage = Storage.open(settings.storage().postgresql().map(shared -> shared.database(env)),
                settings.storage().database(), clock, options);
        try {
            KnowledgeHolder knowledge = KnowledgeHolder.of(factory, glossary, read.join());
            return new Assembly(settings, knowledge, storage,
                    withMetrics ? Optional.of(new OpsMetrics()) : Optional.empty(), clock,
                    freshPolicy ? new InMemoryPolicyStore() : storage.policyStore());
        } catch (CompletionException e) {
            storage.close();
            if (e.getCause() instanceof ConfigException config) {
                throw config;
            }
            throw e;
        }
    }

    static void startDaemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    Bot bot() {
        return bot;
    }

    /** The controls under passive notes, with votes and removals kept in the database. */
    NoteControls noteControls() {
        return noteControls;
    }

    Storage storage() {
        return storage;
    }

    /** Glossary suggestions from chat, decided by moderators into the overlay. */
    GlossarySuggestions suggestions() {
        return suggestions;
    }

    /** The metrics registry; present when opened with metrics (run). */
    OpsMetrics metrics() {
        return metrics.orElseThrow(() -> new IllegalStateException("opened without metrics"));
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
        metrics.ifPresent(OpsMetrics::close);
    }
}
