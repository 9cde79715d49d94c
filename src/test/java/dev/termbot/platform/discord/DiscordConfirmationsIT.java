package dev.termbot.platform.discord;

import static dev.termbot.platform.discord.FakeDiscord.B_GENERAL;
import static dev.termbot.platform.discord.FakeDiscord.GENERAL;
import static dev.termbot.platform.discord.FakeDiscord.GUILD_A;
import static dev.termbot.platform.discord.FakeDiscord.GUILD_B;
import static dev.termbot.platform.discord.FakeDiscord.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.EventKind;
import dev.termbot.core.PolicySettings;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.Where;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import dev.termbot.testing.Await;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Confirmed posts recorded in batches ({@link dev.termbot.core.Confirmations}), with real JDA against the fake Discord
 * and the policy's state and owed notes in a real SQLite file: each note is posted and confirmed
 * once, a post confirmed while termbot stops is recorded before the stop ends, and a post refused
 * for good releases its claim.
 */
class DiscordConfirmationsIT {
    private static final String ALICE = "700000000000000001";
    private static final String BOB = "700000000000000002";
    private static final String CAROL = "700000000000000003";
    private static final String RULE = "distillation-attack";
    private static final Where A_GENERAL = new Where(Places.PLATFORM, GUILD_A, GENERAL, "");

    @RegisterExtension
    final FailOnErrorLogs failOnErrorLogs = new FailOnErrorLogs();

    @TempDir
    Path dir;

    private Storage storage;
    private DiscordHarness world;
    private FakeDiscord discord;

    @BeforeEach
    void createWorld() throws Exception {
        storage = openStorage();
        world = DiscordHarness.create(storage.policyStore(), storage.noteLedger(), PolicySettings.DEFAULTS, Clock.systemUTC());
        discord = world.discord;
    }

    @AfterEach
    void closeWorld() throws Exception {
        world.close();
        storage.close();
    }

    @Test
    void notes_posted_together_are_each_confirmed_once_and_the_cooldown_holds_after() throws Exception {
        // GIVEN termbot connected
        world.connect();

        // WHEN three people use the phrase in three channels at once
        discord.userSays(GUILD_A, GENERAL, ALICE, "a distillation attack");
        discord.userSays(GUILD_A, RANDOM, BOB, "a distillation attack");
        discord.userSays(GUILD_B, B_GENERAL, CAROL, "a distillation attack");

        // THEN each gets one note, each confirmation is recorded, and nothing stays owed
        Await.until("three confirmed notes", () -> world.usage.of(EventKind.REPLIED).size() == 3
                && storage.noteLedger().unsent(Places.PLATFORM).isEmpty());
        for (String channel : List.of(GENERAL, RANDOM, B_GENERAL)) {
            assertThat(discord.messagesPostedTo(channel)).hasSize(1);
        }
        assertThat(storage.policyStore().lastNote(A_GENERAL, RULE)).isPresent();
        assertThat(storage.policyStore().lastExplained(Places.PLATFORM, GUILD_B, CAROL, RULE)).isPresent();
        // AND the cooldown, started by the confirmation, keeps a second note out of #general
        discord.userSays(GUILD_A, GENERAL, BOB, "another distillation attack");
        Await.until("the second message held back", () -> world.usage.suppressed(GENERAL, SuppressionReason.COOLDOWN));
        assertThat(discord.messagesPostedTo(GENERAL)).hasSize(1);
    }

    @Test
    void a_post_confirmed_while_termbot_stops_is_recorded_before_the_stop_ends() throws Exception {
        // GIVEN a note whose first attempt was rate-limited, its retry still pending
        DiscordPlatform platform = world.connect();
        discord.rest().rateLimitNextMessagePost(1.0);
        discord.userSays(GUILD_A, GENERAL, ALICE, "a distillation attack");
        Await.until("the 429", () -> discord.requests(r -> r.status() == 429).size() == 1);

        // WHEN termbot stops (the retry is posted and confirmed during the stop)
        platform.close();

        // THEN the note arrived once and its confirmation is in the database when close returns, also after a reopen
        assertThat(discord.messagesPostedTo(GENERAL)).hasSize(1);
        assertThat(world.usage.of(EventKind.REPLIED)).hasSize(1);
        storage.close();
        storage = openStorage();
        assertThat(storage.noteLedger().unsent(Places.PLATFORM)).as("owed after the stop").isEmpty();
        assertThat(storage.policyStore().lastNote(A_GENERAL, RULE)).isPresent();
    }

    @Test
    void a_post_refused_for_good_releases_its_claim_and_the_next_message_gets_the_note() throws Exception {
        // GIVEN termbot connected, and Discord refuses the next message post
        world.connect();
        discord.rest().failNextMessagePost(403);

        // WHEN a person uses the phrase
        discord.userSays(GUILD_A, GENERAL, ALICE, "a distillation attack");

        // THEN the claim is released without a cooldown, nothing is recorded as posted
        Await.until("the refusal and the release", () -> discord.requests(r -> r.status() == 403).size() == 1
                && storage.noteLedger().unsent(Places.PLATFORM).isEmpty());
        assertThat(storage.policyStore().lastNote(A_GENERAL, RULE)).isEmpty();
        assertThat(world.usage.of(EventKind.REPLIED)).isEmpty();
        // AND the next use of the phrase there gets its note, once
        discord.userSays(GUILD_A, GENERAL, ALICE, "still a distillation attack");
        Await.until("the note", () -> world.usage.of(EventKind.REPLIED).size() == 1);
        assertThat(discord.messagesPostedTo(GENERAL)).hasSize(1);
        assertThat(storage.policyStore().lastNote(A_GENERAL, RULE)).isPresent();
    }

    private Storage openStorage() {
        return Storage.open(dir.resolve("termbot.db"), Clock.systemUTC(), StorageOptions.fromEnvironment(Map.of()));
    }
}
