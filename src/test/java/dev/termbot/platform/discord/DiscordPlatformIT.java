package dev.termbot.platform.discord;

import dev.termbot.core.EventKind;
import dev.termbot.core.Replies;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.UsageEvent;
import dev.termbot.core.Where;
import dev.termbot.testing.Await;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.termbot.platform.discord.DiscordHarness.first;
import static dev.termbot.platform.discord.FakeDiscord.B_GENERAL;
import static dev.termbot.platform.discord.FakeDiscord.GENERAL;
import static dev.termbot.platform.discord.FakeDiscord.GUILD_A;
import static dev.termbot.platform.discord.FakeDiscord.GUILD_B;
import static dev.termbot.platform.discord.FakeDiscord.MODS;
import static dev.termbot.platform.discord.FakeDiscord.RANDOM;
import static dev.termbot.platform.discord.FakeDiscord.THREAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Passive notes, connection handling and the moderator channel, with real JDA against the fake Discord. */
class DiscordPlatformIT {
    private static final String ALICE = "700000000000000001";
    private static final String BOB = "700000000000000002";
    private static final String CAROL = "700000000000000003";
    /** JDA logs every gateway close code from Discord at ERROR, even the ones it resumes from. */
    private static final String JDA_WEBSOCKET = "net.dv8tion.jda.internal.requests.WebSocketClient";
    private static final String CLOSED_4000 = "WebSocket connection closed due to server error! 4000";

    @RegisterExtension
    final FailOnErrorLogs failOnErrorLogs = new FailOnErrorLogs();

    private DiscordHarness world;
    private FakeDiscord discord;

    @BeforeEach
    void createWorld() throws Exception {
        world = DiscordHarness.create();
        discord = world.discord;
    }

    @AfterEach
    void closeWorld() throws Exception {
        world.close();
    }

    @Test
    void a_misused_term_gets_a_reply_embed_with_links_and_no_mentions() throws Exception {
        // GIVEN termbot connected in reply mode
        DiscordPlatform platform = world.connect();
        assertThat(platform.isConnected()).isTrue();

        // WHEN a person writes the phrase and tries to ping everyone
        DataObject message = discord.userSays(GUILD_A, GENERAL, ALICE, "@everyone is this a distillation attack?");

        // THEN one reply to that message carries the note, its sources and the button, and pings nobody
        DataObject body = Await.value("a note in #general", () -> first(discord.messagesPostedTo(GENERAL))).json();
        assertThat(body.getObject("message_reference").getString("message_id")).isEqualTo(message.getString("id"));
        assertThat(body.getObject("allowed_mentions").getArray("parse").isEmpty()).isTrue();
        assertThat(body.getObject("allowed_mentions").getBoolean("replied_user", true)).isFalse();
        assertThat(body.getString("content", "")).doesNotContain("@everyone");
        DataObject embed = body.getArray("embeds").getObject(0);
        assertThat(embed.getString("title")).isEqualTo("A note on \u201cDistillation\u201d");
        assertThat(embed.getString("description")).isEqualTo(TestGlossary.DISTILLATION_ATTACK.reply());
        assertThat(embed.getArray("fields").getObject(0).getString("value"))
                .contains("(https://arxiv.org/abs/1503.02531)", "(https://arxiv.org/abs/1609.02943)");
        assertThat(embed.getObject("footer").getString("text"))
                .isEqualTo(Replies.note(TestGlossary.DISTILLATION_ATTACK, TestGlossary.DISTILLATION).footer());
        DataObject button = body.getArray("components").getObject(0).getArray("components").getObject(0);
        assertThat(button.getString("custom_id")).isEqualTo("termbot:define:distillation");
        assertThat(button.getString("label")).isEqualTo("Full definition");

        // AND the core hears that the note was delivered, for the right place
        UsageEvent replied = Await.value("a REPLIED usage event", () -> first(world.usage.of(EventKind.REPLIED)));
        assertThat(replied.where()).isEqualTo(new Where("discord", GUILD_A, GENERAL, ""));
        assertThat(replied.userId()).isEqualTo(ALICE);
    }

    @Test
    void bots_webhooks_system_messages_and_termbot_itself_get_no_note() throws Exception {
        // GIVEN termbot connected
        world.connect();

        // WHEN a bot, a webhook, a system message and termbot itself use the phrase, then a person does
        discord.post(DiscordPayloads.message(discord.newId(), GUILD_A, GENERAL,
                DiscordPayloads.user("800000000000000001", "otherbot", true), "a distillation attack"));
        String webhookId = "800000000000000002";
        discord.post(DiscordPayloads.message(discord.newId(), GUILD_A, RANDOM,
                DiscordPayloads.user(webhookId, "hook", false), "a distillation attack").put("webhook_id", webhookId));
        discord.post(DiscordPayloads.message(discord.newId(), GUILD_A, MODS, FakeDiscord.human(BOB),
                "a distillation attack").put("type", 7));
        discord.post(DiscordPayloads.message(discord.newId(), GUILD_A, THREAD, discord.botUser(), "a distillation attack"));
        discord.userSays(GUILD_B, B_GENERAL, ALICE, "a distillation attack");

        // THEN only the person gets a note (events arrive in order, so the others were handled before it)
        Await.until("the person's note", () -> !discord.messagesPostedTo(B_GENERAL).isEmpty());
        for (String silent : List.of(GENERAL, RANDOM, MODS, THREAD)) {
            assertThat(discord.messagesPostedTo(silent)).as("posts in " + silent).isEmpty();
        }
        // AND the core saw three bot-like authors; termbot's own message never reached it
        assertThat(world.usage.suppressed(SuppressionReason.BOT_AUTHOR)).hasSize(3);
        assertThat(world.usage.of(EventKind.HIT)).hasSize(4);
    }

    @Test
    void a_message_in_a_thread_is_answered_in_the_thread_and_keyed_by_parent_channel_and_thread() throws Exception {
        // GIVEN termbot connected
        world.connect();

        // WHEN a person uses the phrase in a thread of #general
        discord.userSays(GUILD_A, THREAD, ALICE, "that was a distillation attack");

        // THEN the note goes to the thread, and the core sees parent channel + thread
        Await.until("a note in the thread", () -> !discord.messagesPostedTo(THREAD).isEmpty());
        assertThat(world.usage.of(EventKind.HIT).get(0).where()).isEqualTo(new Where("discord", GUILD_A, GENERAL, THREAD));
    }

    @Test
    void a_message_replayed_after_resume_gets_no_second_note() throws Exception {
        // GIVEN termbot answered a message
        DiscordPlatform platform = world.connect();
        DataObject message = discord.userSays(GUILD_A, GENERAL, ALICE, "a distillation attack, again");
        Await.until("the first note", () -> discord.messagesPostedTo(GENERAL).size() == 1);

        // WHEN the connection drops and Discord replays that message on RESUME
        failOnErrorLogs.expect(JDA_WEBSOCKET, CLOSED_4000);
        discord.gateway().replayOnNextResume(List.of(new FakeDiscordGateway.Dispatch("MESSAGE_CREATE", message)));
        discord.gateway().closeClient(4000);
        Await.until("a resumed session", () -> discord.gateway().resumeCount() == 1 && platform.isConnected());
        // a later message is the marker that the replay has been handled (events are handled in order)
        discord.userSays(GUILD_A, RANDOM, BOB, "and another distillation attack");
        Await.until("the marker's note", () -> discord.messagesPostedTo(RANDOM).size() == 1);

        // THEN the replayed message got no second note, and the core dropped it before any policy check
        assertThat(discord.messagesPostedTo(GENERAL)).hasSize(1);
        assertThat(world.usage.of(EventKind.HIT)).hasSize(2);
        assertThat(world.usage.of(EventKind.SUPPRESSED)).isEmpty();
        assertThat(discord.gateway().identifyCount()).isEqualTo(1);
    }

    @Test
    void after_close_code_4000_the_session_resumes_and_new_messages_are_answered() throws Exception {
        // GIVEN termbot connected
        DiscordPlatform platform = world.connect();

        // WHEN Discord closes the connection with 4000 (unknown error)
        failOnErrorLogs.expect(JDA_WEBSOCKET, CLOSED_4000);
        discord.gateway().closeClient(4000);
        Await.until("a resumed session", () -> discord.gateway().resumeCount() == 1 && platform.isConnected());

        // THEN a new message is still answered
        discord.userSays(GUILD_A, GENERAL, ALICE, "is distillation attack the right word?");
        Await.until("a note after the reconnect", () -> discord.messagesPostedTo(GENERAL).size() == 1);
    }

    @Test
    void a_429_on_the_note_is_retried_by_jda_and_the_note_arrives_exactly_once() throws Exception {
        // GIVEN termbot connected, and Discord rate-limits the next message post
        world.connect();
        discord.rest().rateLimitNextMessagePost(0.2);

        // WHEN a person uses the phrase
        discord.userSays(GUILD_A, GENERAL, ALICE, "a distillation attack");

        // THEN the first attempt got 429 and the retry delivered the note
        Await.until("the retried note", () -> discord.messagesPostedTo(GENERAL).size() == 1);
        List<Integer> statuses = discord.requests(r -> r.is("POST", "/channels/" + GENERAL + "/messages"))
                .stream().map(RecordedRequest::status).toList();
        assertThat(statuses).containsExactly(429, 200);
        // AND nothing posts it twice: a later note elsewhere arrives while #general still has exactly one
        discord.userSays(GUILD_B, B_GENERAL, BOB, "a distillation attack");
        Await.until("the marker's note", () -> discord.messagesPostedTo(B_GENERAL).size() == 1);
        assertThat(discord.messagesPostedTo(GENERAL)).hasSize(1);
        // the core is told after each successful post, so it too counts exactly two deliveries
        Await.until("two deliveries recorded", () -> world.usage.of(EventKind.REPLIED).size() == 2);
    }

    @Test
    void a_500_on_the_note_is_retried_with_the_same_nonce_and_the_cooldown_starts_only_after() throws Exception {
        // GIVEN termbot connected, and Discord answers the next message post with HTTP 500 (JDA itself does not retry it)
        world.connect();
        discord.rest().failNextMessagePost(500);
        Where general = new Where("discord", GUILD_A, GENERAL, "");

        // WHEN a person uses the phrase
        discord.userSays(GUILD_A, GENERAL, ALICE, "a distillation attack");

        // THEN the 500 was retried and the note arrived once, both attempts with the same nonce (Discord dedupes on it)
        Await.until("the retried note", () -> discord.messagesPostedTo(GENERAL).size() == 1);
        List<RecordedRequest> posts = discord.requests(r -> r.is("POST", "/channels/" + GENERAL + "/messages"));
        assertThat(posts).extracting(RecordedRequest::status).containsExactly(500, 200);
        List<String> nonces = posts.stream().map(r -> DataObject.fromJson(r.body()).getString("nonce", null)).toList();
        assertThat(nonces).hasSize(2).doesNotContainNull();
        assertThat(nonces.get(1)).isEqualTo(nonces.get(0)).startsWith("termbot");
        Await.until("delivery recorded", () -> world.usage.of(EventKind.REPLIED).size() == 1);
        assertThat(world.store.lastNote(general, "distillation-attack")).isPresent();
    }

    @Test
    void a_note_refused_for_good_releases_its_claim_without_a_cooldown() throws Exception {
        // GIVEN termbot connected, and Discord refuses posts to #general (access removed)
        world.connect();
        Where general = new Where("discord", GUILD_A, GENERAL, "");
        discord.rest().refuseMessagePostsTo(GENERAL);

        // WHEN a person uses the phrase
        discord.userSays(GUILD_A, GENERAL, ALICE, "a distillation attack");

        // THEN the refusal is not retried, and the claim is released with no cooldown and no "explained"
        Await.until("the refusal and the release", () -> discord.requests(r -> r.status() == 403).size() == 1
                && world.bot.policy().ledger().unsent("discord").isEmpty());
        assertThat(world.store.lastNote(general, "distillation-attack")).isEmpty();
        assertThat(world.store.lastExplained("discord", GUILD_A, ALICE, "distillation-attack")).isEmpty();
        assertThat(world.usage.of(EventKind.REPLIED)).isEmpty();
    }

    @Test
    void a_long_digest_reaches_the_moderator_channel_in_ordered_pieces_that_fit_discord() throws Exception {
        // GIVEN termbot connected with #mods as moderator channel
        DiscordPlatform platform = world.connect();
        String digest = IntStream.rangeClosed(1, 120)
                .mapToObj(i -> "- line " + i + " of the weekly digest, padded to be long enough to need splitting")
                .collect(Collectors.joining("\n"));

        // WHEN the digest is posted
        platform.postToModerators(digest);

        // THEN it arrives as several messages of at most 2,000 characters that read back as the digest
        Await.until("the last piece", () -> discord.messagesPostedTo(MODS).stream()
                .anyMatch(r -> r.json().getString("content").endsWith("line 120 of the weekly digest, padded to be long enough to need splitting")));
        List<DataObject> bodies = discord.messagesPostedTo(MODS).stream().map(RecordedRequest::json).toList();
        assertThat(bodies).hasSizeGreaterThan(1);
        assertThat(bodies).allSatisfy(b -> {
            assertThat(b.getString("content").length()).isLessThanOrEqualTo(2000);
            assertThat(b.getObject("allowed_mentions").getArray("parse").isEmpty()).isTrue();
        });
        assertThat(bodies.stream().map(b -> b.getString("content")).collect(Collectors.joining("\n"))).isEqualTo(digest);
    }

    @Test
    void start_fails_with_advice_when_discord_refuses_the_message_content_intent() {
        // GIVEN a bot whose owner did not enable the privileged Message Content intent
        discord.gateway().refuseIdentifyWith(4014);
        failOnErrorLogs.expect(JDA_WEBSOCKET, "WebSocket connection was closed and cannot be recovered");

        // WHEN termbot starts, THEN it fails and says what to change
        assertThatThrownBy(world::connect)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Message Content intent");
        assertThat(world.platform().isConnected()).isFalse();
    }

    @Test
    void close_lets_a_note_waiting_for_a_rate_limit_finish_first() throws Exception {
        // GIVEN a note whose first attempt was rate-limited, its retry still pending
        DiscordPlatform platform = world.connect();
        discord.rest().rateLimitNextMessagePost(1.0);
        discord.userSays(GUILD_A, GENERAL, ALICE, "a distillation attack");
        Await.until("the 429", () -> discord.requests(r -> r.status() == 429).size() == 1);

        // WHEN termbot is closed
        platform.close();

        // THEN the retry was still sent before close returned
        assertThat(discord.messagesPostedTo(GENERAL)).hasSize(1);
    }

    @Test
    void close_disconnects() throws Exception {
        // GIVEN termbot connected
        DiscordPlatform platform = world.connect();
        assertThat(platform.isConnected()).isTrue();

        // WHEN it is closed
        platform.close();

        // THEN it reports the connection down
        assertThat(platform.isConnected()).isFalse();
    }

    @Test
    void react_mode_only_reacts_and_sends_the_note_by_dm_to_whoever_adds_the_same_reaction() throws Exception {
        // GIVEN termbot in react mode
        world.connect(world.settings().withReplyMode(DiscordSettings.ReplyMode.REACT));

        // WHEN a person uses the phrase
        DataObject marked = discord.userSays(GUILD_A, GENERAL, ALICE, "a distillation attack");

        // THEN termbot adds 📖 and posts nothing
        String reactionPath = "/channels/" + GENERAL + "/messages/" + marked.getString("id") + "/reactions/%F0%9F%93%96/@me";
        Await.until("the reaction", () -> !discord.requests(r -> r.is("PUT", reactionPath)).isEmpty());
        Await.value("a REPLIED usage event", () -> first(world.usage.of(EventKind.REPLIED)));
        assertThat(discord.messagesPostedTo(GENERAL)).isEmpty();

        // WHEN someone adds 📖 to a message termbot did not mark, termbot's own reaction echoes back, and then a person adds 📖 to the marked one
        DataObject unmarked = discord.userSays(GUILD_A, RANDOM, CAROL, "nothing to see");
        discord.react(unmarked, CAROL, "\uD83D\uDCD6");
        discord.react(marked, FakeDiscord.BOT_ID, "\uD83D\uDCD6");
        discord.react(marked, BOB, "\uD83D\uDCD6");

        // THEN only that person gets the note, by DM
        RecordedRequest dmOpened = Await.value("a DM channel", () -> first(discord.requests(r -> r.is("POST", "/users/@me/channels"))));
        assertThat(dmOpened.json().getString("recipient_id")).isEqualTo(BOB);
        Await.until("the DM note", () -> discord.requests(r -> r.method().equals("POST")
                && r.path().matches("/channels/\\d+/messages") && !r.path().contains(GENERAL) && r.status() == 200)
                .stream().anyMatch(r -> r.json().getArray("embeds").getObject(0).getString("description")
                        .equals(TestGlossary.DISTILLATION_ATTACK.reply())));
        Await.until("the unmarked message was fetched", () -> !discord.requests(
                r -> r.is("GET", "/channels/" + RANDOM + "/messages/" + unmarked.getString("id"))).isEmpty());
        assertThat(discord.requests(r -> r.is("POST", "/users/@me/channels"))).hasSize(1);
        // AND the DM does not offer a command that cannot be run in a DM
        String dm = discord.requests(r -> r.method().equals("POST") && r.path().matches("/channels/\\d+/messages")
                && !r.path().contains(GENERAL) && r.status() == 200).get(0).json().toString();
        assertThat(dm).doesNotContain("optout stops these notes").contains("work in that server", "/termbot optout in any of its channels");
    }

    @Test
    void react_mode_survives_a_person_whose_dms_are_closed() throws Exception {
        // GIVEN termbot in react mode, and a person who does not accept DMs
        world.connect(world.settings().withReplyMode(DiscordSettings.ReplyMode.REACT));
        discord.rest().refuseDirectMessages();
        DataObject marked = discord.userSays(GUILD_A, GENERAL, ALICE, "a distillation attack");
        Await.until("the reaction", () -> reactionsAdded() == 1);

        // WHEN they add 📖
        discord.react(marked, BOB, "\uD83D\uDCD6");

        // THEN the refused DM is tried once and only logged (no ERROR: checked after the test)
        Await.until("the refused DM", () -> discord.requests(r -> r.status() == 403).size() == 1);
        // AND termbot keeps working
        discord.userSays(GUILD_A, RANDOM, CAROL, "a distillation attack");
        Await.until("the second reaction", () -> reactionsAdded() == 2);
    }

    private int reactionsAdded() {
        return discord.requests(r -> r.method().equals("PUT") && r.path().contains("/reactions/")).size();
    }
}
