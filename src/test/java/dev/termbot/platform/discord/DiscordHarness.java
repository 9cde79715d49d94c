package dev.termbot.platform.discord;

import dev.termbot.testing.RecordingUsageLog;
import dev.termbot.core.Bot;
import dev.termbot.core.InMemoryNoteFeedbackStore;
import dev.termbot.core.NoteControls;
import dev.termbot.core.GlossarySuggestions;
import dev.termbot.core.Knowledge;
import dev.termbot.testing.LiveGlossary;
import java.util.function.Supplier;
import dev.termbot.core.InMemoryPolicyStore;
import dev.termbot.core.MessageCounter;
import dev.termbot.core.NoteLedger;
import dev.termbot.core.PolicyStore;
import dev.termbot.core.PolicySettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test's world: a fresh fake Discord, a real {@link Bot} over the test glossary with an
 * in-memory policy store and a recording usage log, and the real {@link DiscordPlatform} (real JDA)
 * connected to the fake. Not thread-safe; one per test.
 */
final class DiscordHarness implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);
    static final String DIGEST = "# termbot digest\n\nNo notes this week.";

    final FakeDiscord discord;
    final RecordingUsageLog usage = new RecordingUsageLog();
    final InMemoryPolicyStore store = new InMemoryPolicyStore();
    final Bot bot;
    /** The votes and removals of the buttons under notes. */
    final InMemoryNoteFeedbackStore feedback = new InMemoryNoteFeedbackStore();
    private final GlossarySuggestions suggestions;
    final AtomicReference<String> digest = new AtomicReference<>(DIGEST);
    private DiscordPlatform platform;

    private DiscordHarness(FakeDiscord discord, Supplier<Knowledge> knowledge, GlossarySuggestions suggestions) {
        this.discord = discord;
        this.bot = new Bot(knowledge, store, PolicySettings.DEFAULTS, usage, CLOCK);
        this.suggestions = suggestions;
    }

    /** A bot whose policy state and owed notes are in {@code policyStore} and {@code ledger} (a real database's); {@link #store} is then unused. */
    private DiscordHarness(FakeDiscord discord, PolicyStore policyStore, NoteLedger ledger, PolicySettings policy, Clock clock) {
        this.discord = discord;
        this.bot = new Bot(TestGlossary::knowledge, policyStore, ledger, policy, usage, clock, MessageCounter.NONE);
        this.suggestions = GlossarySuggestions.unavailable();
    }

    static DiscordHarness create() throws Exception {
        return new DiscordHarness(FakeDiscord.start(), TestGlossary::knowledge, GlossarySuggestions.unavailable());
    }

    /** With the policy's state and the owed notes in a database (see the matching constructor). */
    static DiscordHarness create(PolicyStore policyStore, NoteLedger ledger, PolicySettings policy, Clock clock)
            throws Exception {
        return new DiscordHarness(FakeDiscord.start(), policyStore, ledger, policy, clock);
    }

    /** On a glossary that takes suggestions (moderators approve them into it). */
    static DiscordHarness create(LiveGlossary glossary) throws Exception {
        return new DiscordHarness(FakeDiscord.start(), glossary, glossary.suggestions(CLOCK));
    }

    /** Reply mode, global commands, moderator role "moderators" by name, #mods for the digest. */
    DiscordSettings settings() {
        return new DiscordSettings(DiscordSettings.ReplyMode.REPLY, List.of(), List.of(), List.of("moderators"),
                FakeDiscord.MODS, Optional.of(discord.apiUrl()), Optional.of(discord.gatewayUrl()));
    }

    DiscordPlatform connect() throws Exception {
        return connect(settings());
    }

    DiscordPlatform connect(DiscordSettings settings) throws Exception {
        platform = new DiscordPlatform(bot, settings,
                DiscordCredentials.fromEnvironment(Map.of(DiscordCredentials.TOKEN_VARIABLE, "fake-token")),
                digest::get, CLOCK, Duration.ZERO, new NoteControls(bot, feedback, CLOCK)).withSuggestions(suggestions);
        platform.start();
        return platform;
    }

    DiscordPlatform platform() {
        return platform;
    }

    static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    @Override
    public void close() throws Exception {
        if (platform != null) {
            platform.close();
        }
        discord.close();
        assertThat(discord.gateway().problems()).as("gateway protocol problems").isEmpty();
        assertThat(discord.rest().problems()).as("REST fake failures").isEmpty();
    }
}
