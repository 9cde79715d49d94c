package dev.termbot.platform.discord;

import static dev.termbot.platform.discord.DiscordHarness.first;
import static dev.termbot.platform.discord.FakeDiscord.BOT_ID;
import static dev.termbot.platform.discord.FakeDiscord.GENERAL;
import static dev.termbot.platform.discord.FakeDiscord.GUILD_A;
import static dev.termbot.platform.discord.FakeDiscord.MODERATOR_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.RemovedBy;
import dev.termbot.core.Vote;
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

/** The buttons under a Discord note, clicked through the fake gateway with real JDA. */
class DiscordNoteButtonsIT {
    private static final String ALICE = "700000000000000001"; // wrote the message the note answers
    private static final String BOB = "700000000000000002";
    private static final String CAROL = "700000000000000003";
    private static final String RULE = "distillation-attack";
    private static final Where CHANNEL = new Where("discord", GUILD_A, GENERAL, "");
    private static final int EPHEMERAL = 64;

    @RegisterExtension
    final FailOnErrorLogs failOnErrorLogs = new FailOnErrorLogs();

    private DiscordHarness world;
    private FakeDiscord discord;
    private DataObject note;

    @BeforeEach
    void aNoteOnAlicesMessage() throws Exception {
        world = DiscordHarness.create();
        discord = world.discord;
        world.connect();
        discord.userSays(GUILD_A, GENERAL, ALICE, "is this a distillation attack?");
        note = Await.value("the note", () -> first(discord.postedTo(GENERAL)));
    }

    @AfterEach
    void closeWorld() throws Exception {
        world.close();
    }

    @Test
    void the_note_carries_full_definition_and_the_three_controls() {
        assertThat(customIds(note)).containsExactly("termbot:define:distillation", "feedback_helpful:" + ALICE + ":" + RULE,
                "feedback_not_needed:" + ALICE + ":" + RULE, "remove_note:" + ALICE + ":" + RULE);
    }

    @Test
    void helpful_then_not_needed_is_one_changeable_vote_answered_ephemerally() {
        // WHEN bob finds the note helpful
        DataObject thanks = callback(click(BOB, List.of(), "feedback_helpful"));

        // THEN he alone is thanked and his vote is stored
        assertThat(thanks.getInt("type")).isEqualTo(4);
        assertThat(thanks.getObject("data").getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(description(thanks)).contains("Marked as helpful");
        assertThat(world.feedback.voteOf(CHANNEL, noteId(), BOB)).contains(Vote.HELPFUL);

        // WHEN he changes his mind THEN the vote is replaced, not added
        callback(click(BOB, List.of(), "feedback_not_needed"));
        assertThat(world.feedback.voteOf(CHANNEL, noteId(), BOB)).contains(Vote.NOT_NEEDED);
        assertThat(world.feedback.voteCount()).isEqualTo(1);
    }

    @Test
    void not_needed_from_the_person_the_note_answered_counts_as_explained_to_them() {
        // GIVEN the delivery recorded, and the "already explained" time set back to long ago
        Await.until("note delivered", () -> world.usage.count(dev.termbot.core.EventKind.REPLIED) == 1);
        world.store.recordExplained("discord", GUILD_A, ALICE, RULE, java.time.Instant.EPOCH);

        DataObject answer = callback(click(ALICE, List.of(), "feedback_not_needed"));

        assertThat(description(answer)).contains("will not explain \u201cDistillation\u201d to you again");
        assertThat(world.store.lastExplained("discord", GUILD_A, ALICE, RULE)).contains(DiscordHarness.CLOCK.instant());
    }

    @Test
    void the_author_removes_the_note_and_is_told_so_privately() {
        String id = click(ALICE, List.of(), "remove_note");

        // THEN the click is acknowledged privately, the bot's reply deleted, and the answer follows privately
        DataObject ack = callback(id);
        assertThat(ack.getInt("type")).isEqualTo(5);
        assertThat(ack.getObject("data").getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        RecordedRequest delete = Await.value("the delete", () -> first(deletes()));
        assertThat(delete.status()).isEqualTo(204);
        RecordedRequest followUp = Await.value("the follow-up", () -> first(discord.requests(
                r -> r.method().equals("POST") && r.path().startsWith("/webhooks/" + BOT_ID + "/token-" + id))));
        assertThat(followUp.json().getArray("embeds").getObject(0).getString("description")).contains("The note is gone");
        assertThat(world.feedback.removal(CHANNEL, noteId())).contains(RemovedBy.AUTHOR);
    }

    @Test
    void a_moderator_removes_the_note_too() {
        click(BOB, List.of(MODERATOR_ROLE), "remove_note");

        Await.value("the delete", () -> first(deletes()));
        Await.until("removal recorded", () -> world.feedback.removal(CHANNEL, noteId()).isPresent());
        assertThat(world.feedback.removal(CHANNEL, noteId())).contains(RemovedBy.MODERATOR);
    }

    @Test
    void anyone_else_is_told_why_not_and_nothing_is_deleted() {
        DataObject refusal = callback(click(CAROL, List.of(), "remove_note"));

        assertThat(refusal.getInt("type")).isEqualTo(4);
        assertThat(refusal.getObject("data").getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(description(refusal)).contains("Only the person this note answered, or a moderator");
        assertThat(deletes()).isEmpty();
        assertThat(world.feedback.removal(CHANNEL, noteId())).isEmpty();
    }

    @Test
    void a_replayed_interaction_counts_once_and_is_not_answered_again() {
        // GIVEN bob voted helpful, then not needed
        String helpful = click(BOB, List.of(), "feedback_helpful");
        callback(helpful);
        callback(click(BOB, List.of(), "feedback_not_needed"));

        // WHEN a resumed session delivers his first click again, followed by a new click
        discord.replayInteraction(helpful);
        String later = discord.clickOnPosted(note, CAROL, List.of(), "termbot:define:distillation");
        callback(later); // the gateway's events are handled in order: the replay was handled before this

        // THEN the replay neither changed the vote nor got a second answer
        assertThat(world.feedback.voteOf(CHANNEL, noteId(), BOB)).contains(Vote.NOT_NEEDED);
        assertThat(discord.interactionCallbacks(helpful)).hasSize(1);
    }

    private String click(String userId, List<String> roles, String control) {
        String customId = customIds(note).stream().filter(id -> id.startsWith(control + ":")).findFirst().orElseThrow();
        return discord.clickOnPosted(note, userId, roles, customId);
    }

    private String noteId() {
        return note.getString("id");
    }

    private List<RecordedRequest> deletes() {
        return discord.requests(r -> r.is("DELETE", "/channels/" + GENERAL + "/messages/" + noteId()));
    }

    private DataObject callback(String interactionId) {
        return Await.value("the answer to interaction " + interactionId,
                () -> first(discord.interactionCallbacks(interactionId))).json();
    }

    private static String description(DataObject callback) {
        return callback.getObject("data").getArray("embeds").getObject(0).getString("description");
    }

    private static List<String> customIds(DataObject message) {
        DataArray row = message.getArray("components").getObject(0).getArray("components");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < row.length(); i++) {
            ids.add(row.getObject(i).getString("custom_id"));
        }
        return ids;
    }
}
