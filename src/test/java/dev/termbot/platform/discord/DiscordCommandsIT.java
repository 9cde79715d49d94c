package dev.termbot.platform.discord;

import dev.termbot.core.EventKind;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.Where;
import dev.termbot.testing.Await;
import java.util.ArrayList;
import java.util.List;

import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.termbot.platform.discord.DiscordHarness.first;
import static dev.termbot.platform.discord.FakeDiscord.ADMIN_ROLE;
import static dev.termbot.platform.discord.FakeDiscord.B_GENERAL;
import static dev.termbot.platform.discord.FakeDiscord.BOT_ID;
import static dev.termbot.platform.discord.FakeDiscord.GENERAL;
import static dev.termbot.platform.discord.FakeDiscord.GUILD_A;
import static dev.termbot.platform.discord.FakeDiscord.GUILD_B;
import static dev.termbot.platform.discord.FakeDiscord.MODERATOR_ROLE;
import static dev.termbot.platform.discord.FakeDiscord.MODS;
import static dev.termbot.platform.discord.FakeDiscord.RANDOM;
import static dev.termbot.platform.discord.FakeDiscord.THREAD;
import static org.assertj.core.api.Assertions.assertThat;

/** Slash commands, autocomplete, buttons and moderator gating, with real JDA against the fake Discord. */
class DiscordCommandsIT {
    private static final String ALICE = "700000000000000001";
    private static final String BOB = "700000000000000002";
    private static final int COMMAND = 2;
    private static final int AUTOCOMPLETE = 4;
    private static final int EPHEMERAL = 64;

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
    void commands_are_registered_globally_with_autocomplete_and_every_subcommand() throws Exception {
        // WHEN termbot starts with no guild_ids
        world.connect();

        // THEN it registered /define (autocomplete term) and /termbot (ten subcommands) for the application
        RecordedRequest put = first(discord.requests(r -> r.is("PUT", "/applications/" + BOT_ID + "/commands")));
        assertThat(put).isNotNull();
        DataArray commands = put.jsonArray();
        DataObject define = command(commands, "define");
        DataObject term = define.getArray("options").getObject(0);
        assertThat(term.getString("name")).isEqualTo("term");
        assertThat(term.getBoolean("autocomplete")).isTrue();
        assertThat(term.getBoolean("required")).as("/define alone lists the glossary").isFalse();
        assertThat(names(command(commands, "termbot").getArray("options")))
                .containsExactlyInAnyOrder("help", "optout", "optin", "mute", "unmute", "cooldown", "digest", "suggest",
                        "approve", "reject");
        assertThat(discord.requests(r -> r.path().contains("/guilds/"))).isEmpty();
    }

    @Test
    void guild_ids_register_the_commands_in_those_guilds_only() throws Exception {
        // WHEN termbot starts with guild_ids = [guild A]
        DiscordSettings s = world.settings();
        world.connect(new DiscordSettings(s.replyMode(), List.of(GUILD_A), s.moderatorRoleIds(), s.moderatorRoleNames(),
                s.moderatorChannelId(), s.apiUrl(), s.gatewayUrl()));

        // THEN the commands went to guild A, not globally and not to guild B
        assertThat(discord.requests(r -> r.method().equals("PUT")).stream().map(RecordedRequest::path))
                .containsExactly("/applications/" + BOT_ID + "/guilds/" + GUILD_A + "/commands");
    }

    @Test
    void define_answers_ephemerally_with_a_share_button() throws Exception {
        world.connect();

        // WHEN someone runs /define term:knowledge distillation
        String id = discord.command(GUILD_A, GENERAL, ALICE, List.of(), "define",
                DataArray.empty().add(DiscordPayloads.stringOption("term", "knowledge distillation", false)));

        // THEN the answer is a channel message only they see, with the definition and a Share button
        DataObject callback = callback(id);
        assertThat(callback.getInt("type")).isEqualTo(4);
        DataObject data = callback.getObject("data");
        assertThat(data.getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        DataObject embed = data.getArray("embeds").getObject(0);
        assertThat(embed.getString("title")).isEqualTo("Distillation");
        assertThat(embed.getString("description")).startsWith(TestGlossary.DISTILLATION.definition());
        assertThat(embed.getArray("fields").getObject(0).getString("value")).contains("https://arxiv.org/abs/1503.02531");
        assertThat(button(data).getString("custom_id")).isEqualTo("termbot:share:distillation");
        assertThat(data.getObject("allowed_mentions").getArray("parse").isEmpty()).isTrue();
        // AND the lookup is recorded by the core
        assertThat(world.usage.of(EventKind.DEFINE)).singleElement()
                .satisfies(e -> assertThat(e.termId()).isEqualTo("distillation"));
    }

    @Test
    void define_of_an_unknown_term_is_ephemeral_has_no_share_button_and_pings_nobody() throws Exception {
        world.connect();

        // WHEN someone asks for a term that does not exist, with a ping in it
        String id = discord.command(GUILD_A, GENERAL, ALICE, List.of(), "define",
                DataArray.empty().add(DiscordPayloads.stringOption("term", "@everyone rlhx", false)));

        // THEN the answer says so, privately, suggests a near entry and cannot ping
        DataObject data = callback(id).getObject("data");
        assertThat(data.getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        String description = data.getArray("embeds").getObject(0).getString("description");
        assertThat(description).contains("No glossary entry").doesNotContain("@everyone");
        assertThat(data.optArray("components").map(DataArray::isEmpty).orElse(true)).isTrue();
        assertThat(data.getObject("allowed_mentions").getArray("parse").isEmpty()).isTrue();
    }

    @Test
    void autocomplete_offers_prefix_matches_then_substring_matches() throws Exception {
        world.connect();

        // WHEN someone has typed "d" into /define term:
        String id = discord.interact(AUTOCOMPLETE, GUILD_A, GENERAL, ALICE, List.of(),
                DiscordPayloads.commandData(discord.newId(), "define",
                        DataArray.empty().add(DiscordPayloads.stringOption("term", "d", true))));

        // THEN the choices come back as an autocomplete result: the entry starting with "d" first, then
        // entries with a "d" inside a name ("model", "feedback"), alphabetically; values are term ids
        DataObject callback = callback(id);
        assertThat(callback.getInt("type")).isEqualTo(8);
        DataArray choices = callback.getObject("data").getArray("choices");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < choices.length(); i++) {
            values.add(choices.getObject(i).getString("value"));
        }
        assertThat(values).containsExactly("distillation", "model-extraction", "rlhf");
        assertThat(choices.getObject(0).getString("name")).isEqualTo("Distillation");
    }

    @Test
    void the_full_definition_button_under_a_note_answers_ephemerally() throws Exception {
        world.connect();

        // WHEN someone clicks "Full definition" under a note
        String id = discord.click(GUILD_A, GENERAL, BOB, "termbot:define:distillation", 0);

        // THEN they alone see the definition
        DataObject callback = callback(id);
        assertThat(callback.getInt("type")).isEqualTo(4);
        assertThat(callback.getObject("data").getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(callback.getObject("data").getArray("embeds").getObject(0).getString("title")).isEqualTo("Distillation");
    }

    @Test
    void the_share_button_posts_the_definition_for_everyone() throws Exception {
        world.connect();

        // WHEN someone clicks "Share" under their ephemeral definition
        String id = discord.click(GUILD_A, GENERAL, ALICE, "termbot:share:distillation", EPHEMERAL);

        // THEN the definition is answered publicly, without buttons, pinging nobody
        DataObject callback = callback(id);
        assertThat(callback.getInt("type")).isEqualTo(4);
        DataObject data = callback.getObject("data");
        assertThat(data.getInt("flags", 0) & EPHEMERAL).isZero();
        assertThat(data.getArray("embeds").getObject(0).getString("title")).isEqualTo("Distillation");
        assertThat(data.optArray("components").map(DataArray::isEmpty).orElse(true)).isTrue();
        assertThat(data.getObject("allowed_mentions").getArray("parse").isEmpty()).isTrue();
    }

    @Test
    void help_optout_and_optin_work_for_anyone_and_opt_out_is_per_guild() throws Exception {
        world.connect();

        // WHEN Alice opts out in guild A
        DataObject help = callback(discord.command(GUILD_A, GENERAL, ALICE, List.of(), "termbot", sub("help")));
        DataObject optout = callback(discord.command(GUILD_A, GENERAL, ALICE, List.of(), "termbot", sub("optout")));

        // THEN both answers are private, and her messages get no note in guild A but still do in guild B
        assertThat(help.getObject("data").getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(title(help)).isEqualTo("termbot");
        assertThat(title(optout)).isEqualTo("Opted out");
        discord.userSays(GUILD_A, GENERAL, ALICE, "a distillation attack");
        discord.userSays(GUILD_B, B_GENERAL, ALICE, "a distillation attack");
        Await.until("the note in guild B", () -> discord.messagesPostedTo(B_GENERAL).size() == 1);
        assertThat(discord.messagesPostedTo(GENERAL)).isEmpty();
        assertThat(world.usage.suppressed(SuppressionReason.OPTED_OUT)).singleElement()
                .satisfies(e -> assertThat(e.where().workspace()).isEqualTo(GUILD_A));

        // AND opting in again is confirmed
        assertThat(title(callback(discord.command(GUILD_A, GENERAL, ALICE, List.of(), "termbot", sub("optin")))))
                .isEqualTo("Opted in");
    }

    @Test
    void members_without_manage_server_or_a_moderator_role_are_refused_moderator_commands() throws Exception {
        world.connect();

        // WHEN a plain member tries every moderator command
        List<String> ids = List.of(
                discord.command(GUILD_A, GENERAL, ALICE, List.of(), "termbot", sub("mute")),
                discord.command(GUILD_A, GENERAL, ALICE, List.of(), "termbot", sub("unmute")),
                discord.command(GUILD_A, GENERAL, ALICE, List.of(), "termbot",
                        sub("cooldown", DiscordPayloads.stringOption("duration", "1m", false))),
                discord.command(GUILD_A, GENERAL, ALICE, List.of(), "termbot", sub("digest")));

        // THEN each is refused privately, and the channel is not muted
        for (String id : ids) {
            DataObject callback = callback(id);
            assertThat(callback.getObject("data").getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
            assertThat(title(callback)).isEqualTo("Moderators only");
        }
        discord.userSays(GUILD_A, GENERAL, BOB, "a distillation attack");
        Await.until("a note in the unmuted channel", () -> discord.messagesPostedTo(GENERAL).size() == 1);
        assertThat(discord.messagesPostedTo(MODS)).isEmpty();
    }

    @Test
    void manage_server_mutes_a_channel_and_its_threads_and_a_moderator_role_unmutes_it() throws Exception {
        world.connect();

        // WHEN an admin (Manage Server) mutes #general
        assertThat(title(callback(discord.command(GUILD_A, GENERAL, ALICE, List.of(ADMIN_ROLE), "termbot", sub("mute")))))
                .isEqualTo("Channel muted");

        // THEN neither #general nor its thread gets notes, while #random still does
        discord.userSays(GUILD_A, GENERAL, BOB, "a distillation attack");
        discord.userSays(GUILD_A, THREAD, "700000000000000005", "a distillation attack");
        discord.userSays(GUILD_A, RANDOM, "700000000000000006", "a distillation attack");
        Await.until("the note in #random", () -> discord.messagesPostedTo(RANDOM).size() == 1);
        assertThat(discord.messagesPostedTo(GENERAL)).isEmpty();
        assertThat(discord.messagesPostedTo(THREAD)).isEmpty();
        assertThat(world.usage.suppressed(SuppressionReason.MUTED)).extracting(e -> e.where())
                .containsExactlyInAnyOrder(new Where("discord", GUILD_A, GENERAL, ""), new Where("discord", GUILD_A, GENERAL, THREAD));

        // WHEN a member of the role configured by name ("moderators") unmutes it
        assertThat(title(callback(discord.command(GUILD_A, GENERAL, BOB, List.of(MODERATOR_ROLE), "termbot", sub("unmute")))))
                .isEqualTo("Channel unmuted");

        // THEN notes come back
        discord.userSays(GUILD_A, GENERAL, "700000000000000007", "a distillation attack");
        Await.until("a note in #general", () -> discord.messagesPostedTo(GENERAL).size() == 1);
    }

    @Test
    void a_moderator_role_configured_by_id_sets_a_cooldown_and_bad_durations_are_explained() throws Exception {
        // GIVEN moderators configured by role id only
        DiscordSettings s = world.settings();
        world.connect(new DiscordSettings(s.replyMode(), List.of(), List.of(MODERATOR_ROLE), List.of(), "",
                s.apiUrl(), s.gatewayUrl()));

        // WHEN a moderator sets a cooldown of 45m, then tries "soon"
        DataObject set = callback(discord.command(GUILD_A, GENERAL, BOB, List.of(MODERATOR_ROLE), "termbot",
                sub("cooldown", DiscordPayloads.stringOption("duration", "45m", false))));
        DataObject bad = callback(discord.command(GUILD_A, GENERAL, BOB, List.of(MODERATOR_ROLE), "termbot",
                sub("cooldown", DiscordPayloads.stringOption("duration", "soon", false))));

        // THEN the first is confirmed with the parsed value and the second explains the format
        assertThat(title(set)).isEqualTo("Cooldown set");
        assertThat(set.getObject("data").getArray("embeds").getObject(0).getString("description")).contains("45m");
        assertThat(title(bad)).isEqualTo("Not a duration");
    }

    @Test
    void digest_goes_to_the_moderator_channel_and_the_moderator_gets_a_private_confirmation() throws Exception {
        world.connect();

        // WHEN an admin runs /termbot digest
        String id = discord.command(GUILD_A, RANDOM, ALICE, List.of(ADMIN_ROLE), "termbot", sub("digest"));

        // THEN termbot defers privately, posts the digest in #mods and confirms through the interaction
        DataObject deferred = callback(id);
        assertThat(deferred.getInt("type")).isEqualTo(5);
        assertThat(deferred.getObject("data").getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        RecordedRequest posted = Await.value("the digest in #mods", () -> first(discord.messagesPostedTo(MODS)));
        assertThat(posted.json().getString("content")).isEqualTo(DiscordHarness.DIGEST);
        RecordedRequest followUp = Await.value("the confirmation", () -> first(discord.requests(
                r -> r.method().equals("POST") && r.path().startsWith("/webhooks/" + BOT_ID + "/token-" + id))));
        assertThat(followUp.json().getString("content")).contains("<#" + MODS + ">");
    }

    @Test
    void without_a_moderator_channel_the_digest_is_shown_privately() throws Exception {
        // GIVEN no moderator channel
        DiscordSettings s = world.settings();
        world.connect(new DiscordSettings(s.replyMode(), List.of(), List.of(), s.moderatorRoleNames(), "",
                s.apiUrl(), s.gatewayUrl()));

        // WHEN a moderator runs /termbot digest
        String id = discord.command(GUILD_A, RANDOM, BOB, List.of(MODERATOR_ROLE), "termbot", sub("digest"));

        // THEN the digest itself comes back as a private follow-up
        RecordedRequest followUp = Await.value("the digest follow-up", () -> first(discord.requests(
                r -> r.method().equals("POST") && r.path().startsWith("/webhooks/" + BOT_ID + "/token-" + id))));
        assertThat(followUp.json().getString("content")).isEqualTo(DiscordHarness.DIGEST);
        assertThat(followUp.json().getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(discord.messagesPostedTo(MODS)).isEmpty();
    }

    private DataObject callback(String interactionId) {
        return Await.value("the answer to interaction " + interactionId,
                () -> first(discord.interactionCallbacks(interactionId))).json();
    }

    private static DataArray sub(String name, DataObject... options) {
        DataArray array = DataArray.empty();
        for (DataObject option : options) {
            array.add(option);
        }
        return DataArray.empty().add(DiscordPayloads.subcommand(name, array));
    }

    private static String title(DataObject callback) {
        return callback.getObject("data").getArray("embeds").getObject(0).getString("title");
    }

    private static DataObject button(DataObject messageData) {
        return messageData.getArray("components").getObject(0).getArray("components").getObject(0);
    }

    private static DataObject command(DataArray commands, String name) {
        for (int i = 0; i < commands.length(); i++) {
            if (commands.getObject(i).getString("name").equals(name)) {
                return commands.getObject(i);
            }
        }
        throw new AssertionError("no command " + name + " in " + commands);
    }

    private static List<String> names(DataArray options) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < options.length(); i++) {
            names.add(options.getObject(i).getString("name"));
        }
        return names;
    }

}
