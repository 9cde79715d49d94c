package dev.termbot.platform.discord;

import dev.termbot.core.Suggestion;
import dev.termbot.testing.Await;
import dev.termbot.testing.LiveGlossary;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.termbot.platform.discord.DiscordHarness.first;
import static dev.termbot.platform.discord.FakeDiscord.BOT_ID;
import static dev.termbot.platform.discord.FakeDiscord.GENERAL;
import static dev.termbot.platform.discord.FakeDiscord.GUILD_A;
import static dev.termbot.platform.discord.FakeDiscord.MODERATOR_ROLE;
import static dev.termbot.platform.discord.FakeDiscord.MODS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Glossary suggestions and the glossary list on Discord, with real JDA against the fake: the review
 * card in #mods, Approve / Reject component interactions, refusals, replays and the paged list.
 */
class DiscordSuggestionsIT {
    private static final String ALICE = "700000000000000001";
    private static final String MOD = "700000000000000003";
    private static final int EPHEMERAL = 64;
    private static final String DEFINITION = "A sudden jump from memorising the training set to generalising, long after"
            + " training loss stopped falling. https://arxiv.org/abs/2201.02177";

    @RegisterExtension
    final FailOnErrorLogs failOnErrorLogs = new FailOnErrorLogs();

    private final LiveGlossary glossary = new LiveGlossary();
    private DiscordHarness world;
    private FakeDiscord discord;

    @BeforeEach
    void createWorld() throws Exception {
        world = DiscordHarness.create(glossary);
        discord = world.discord;
    }

    @AfterEach
    void closeWorld() throws Exception {
        world.close();
    }

    @Test
    void a_suggestion_posts_a_card_to_the_moderators_and_a_moderator_approves_it_for_define_at_once() throws Exception {
        world.connect();

        // WHEN a member suggests a term
        String suggest = suggest("Grokking", DEFINITION);

        // THEN the answer is private, and the card with Approve / Reject is in #mods
        assertThat(callback(suggest).getInt("type")).isEqualTo(5);
        assertThat(callback(suggest).getObject("data").getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        RecordedRequest card = Await.value("the card in #mods", () -> first(discord.messagesPostedTo(MODS)));
        DataObject cardEmbed = card.json().getArray("embeds").getObject(0);
        assertThat(cardEmbed.getString("title")).isEqualTo("Glossary suggestion #1");
        assertThat(cardEmbed.toString()).contains("Grokking").contains("A sudden jump");
        assertThat(buttonIds(card.json())).containsExactly("suggestion_approve:1", "suggestion_reject:1");
        assertThat(card.json().getObject("allowed_mentions").getArray("parse").isEmpty()).isTrue();
        assertThat(followUp(suggest).json().toString()).contains("Suggestion sent");

        // WHEN a member without a moderator role clicks Approve
        String refused = discord.click(GUILD_A, MODS, ALICE, "suggestion_approve:1", 0);
        // THEN they are told no, privately, and nothing changes
        assertThat(callback(refused).getObject("data").getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(callback(refused).toString()).contains("Moderators only");
        assertThat(glossary.store().find(1).map(Suggestion::status)).contains(Suggestion.Status.PENDING);

        // WHEN a moderator clicks Approve
        String approve = discord.click(GUILD_A, MODS, MOD, List.of(MODERATOR_ROLE), "suggestion_approve:1", 0);

        // THEN the moderator is answered privately and the card loses its buttons
        assertThat(followUp(approve).json().toString()).contains("Suggestion approved");
        assertThat(callback(approve).getInt("type")).as("acknowledged as an edit of the card").isEqualTo(6);
        RecordedRequest edit = Await.value("the card edited", () -> first(discord.requests(
                r -> r.method().equals("PATCH") && r.path().equals("/webhooks/" + BOT_ID + "/token-" + approve + "/messages/@original"))));
        assertThat(edit.json().getArray("embeds").getObject(0).getString("title")).isEqualTo("Glossary suggestion #1: approved");
        assertThat(edit.json().optArray("components").map(DataArray::isEmpty).orElse(true)).isTrue();
        // AND /define finds it without a restart
        String define = discord.command(GUILD_A, GENERAL, ALICE, List.of(), "define",
                DataArray.empty().add(DiscordPayloads.stringOption("term", "grokking", false)));
        DataObject found = callback(define).getObject("data").getArray("embeds").getObject(0);
        assertThat(found.getString("title")).isEqualTo("Grokking");
        assertThat(found.getString("description")).startsWith("A sudden jump from memorising");

        // AND a second click on the same card (a replay, or a second moderator) decides nothing again
        String again = discord.click(GUILD_A, MODS, MOD, List.of(MODERATOR_ROLE), "suggestion_reject:1", 0);
        assertThat(followUp(again).json().toString()).contains("Already decided");
        assertThat(discord.requests(r -> r.method().equals("PATCH"))).hasSize(1);
        assertThat(glossary.store().find(1).map(Suggestion::status)).contains(Suggestion.Status.APPROVED);
    }

    @Test
    void a_moderator_rejects_by_button_and_approves_with_the_command_and_a_bad_entry_is_explained() throws Exception {
        world.connect();
        suggest("Grokking", DEFINITION);
        Await.until("first card", () -> discord.messagesPostedTo(MODS).size() == 1);
        suggest("Grokking", DEFINITION.replace("A sudden", "An abrupt"));
        Await.until("second card", () -> discord.messagesPostedTo(MODS).size() == 2);

        String reject = discord.click(GUILD_A, MODS, MOD, List.of(MODERATOR_ROLE), "suggestion_reject:1", 0);
        assertThat(followUp(reject).json().toString()).contains("Suggestion rejected");

        String approve = discord.command(GUILD_A, MODS, MOD, List.of(MODERATOR_ROLE), "termbot",
                DataArray.empty().add(DiscordPayloads.subcommand("approve", DataArray.empty()
                        .add(DataObject.empty().put("name", "number").put("type", 4).put("value", 2)))));
        assertThat(followUp(approve).json().toString()).contains("Suggestion approved");
        assertThat(glossary.get().term("grokking").orElseThrow().definition()).startsWith("An abrupt");

        // a suggestion the glossary rules refuse is explained to the member and never reaches #mods
        String plainHttp = suggest("Weight decay", "Shrinking weights at every step. http://example.org/wd");
        assertThat(followUp(plainHttp).json().toString()).contains("must use https");
        assertThat(discord.messagesPostedTo(MODS)).hasSize(2);

        // one without a source reaches #mods; the moderator adds the link with the command's source option
        String noSource = suggest("Weight decay", "Shrinking the weights a little at every training step.");
        assertThat(followUp(noSource).json().toString()).contains("It has no source link");
        Await.until("third card", () -> discord.messagesPostedTo(MODS).size() == 3);
        String withSource = discord.command(GUILD_A, MODS, MOD, List.of(MODERATOR_ROLE), "termbot",
                DataArray.empty().add(DiscordPayloads.subcommand("approve", DataArray.empty()
                        .add(DataObject.empty().put("name", "number").put("type", 4).put("value", 3))
                        .add(DataObject.empty().put("name", "source").put("type", 3).put("value", "https://example.org/wd")))));
        assertThat(followUp(withSource).json().toString()).contains("Suggestion approved");
        assertThat(glossary.get().term("weight-decay").orElseThrow().links()).extracting(link -> link.url())
                .containsExactly("https://example.org/wd");
    }

    @Test
    void define_alone_lists_the_glossary_privately_and_the_page_buttons_turn_the_pages() throws Exception {
        world.connect();

        String list = discord.command(GUILD_A, GENERAL, ALICE, List.of(), "define", DataArray.empty());

        DataObject data = callback(list).getObject("data");
        assertThat(callback(list).getInt("type")).isEqualTo(4);
        assertThat(data.getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        DataObject embed = data.getArray("embeds").getObject(0);
        int pages = (LiveGlossary.shippedTerms() + SuggestionReview.PAGE_SIZE - 1) / SuggestionReview.PAGE_SIZE;
        assertThat(embed.getString("title")).isEqualTo("The glossary: " + LiveGlossary.shippedTerms() + " terms");
        assertThat(embed.getObject("footer").getString("text")).startsWith("Page 1 of " + pages);
        assertThat(embed.getArray("fields").getObject(0).getString("name")).isEqualTo("A");
        assertThat(buttonIds(data)).containsExactly("define_page:0", "define_page:2");

        // WHEN the Next button is clicked on that private message
        String next = discord.click(GUILD_A, GENERAL, ALICE, "define_page:2", EPHEMERAL);

        // THEN the same message shows page 2
        DataObject turned = callback(next);
        assertThat(turned.getInt("type")).isEqualTo(7);
        DataObject page2 = turned.getObject("data").getArray("embeds").getObject(0);
        assertThat(page2.getObject("footer").getString("text")).startsWith("Page 2 of " + pages);
        assertThat(page2.getArray("fields").getObject(0).getString("name")).isNotEqualTo("A");
        assertThat(buttonIds(turned.getObject("data"))).containsExactly("define_page:1", "define_page:3");
    }

    @Test
    void a_definition_names_its_related_terms() throws Exception {
        world.connect();

        String define = discord.command(GUILD_A, GENERAL, ALICE, List.of(), "define",
                DataArray.empty().add(DiscordPayloads.stringOption("term", "distillation", false)));

        assertThat(callback(define).getObject("data").getArray("embeds").getObject(0).getString("description"))
                .contains("Related: Teacher model, Student model, Synthetic data, Post-training, Distillation attack");
    }

    @Test
    void without_a_moderator_channel_the_member_is_told_and_nothing_is_stored() throws Exception {
        DiscordSettings s = world.settings();
        world.connect(new DiscordSettings(s.replyMode(), List.of(), List.of(), s.moderatorRoleNames(), "", s.apiUrl(), s.gatewayUrl()));

        String suggest = suggest("Grokking", DEFINITION);

        assertThat(callback(suggest).toString()).contains("Suggestions are not taken here").contains("discord.moderator_channel");
        assertThat(glossary.store().find(1)).isEmpty();
    }

    private String suggest(String term, String definition) {
        return discord.command(GUILD_A, GENERAL, ALICE, List.of(), "termbot", DataArray.empty().add(
                DiscordPayloads.subcommand("suggest", DataArray.empty()
                        .add(DiscordPayloads.stringOption("term", term, false))
                        .add(DiscordPayloads.stringOption("definition", definition, false)))));
    }

    private DataObject callback(String interactionId) {
        return Await.value("the answer to interaction " + interactionId,
                () -> first(discord.interactionCallbacks(interactionId))).json();
    }

    private RecordedRequest followUp(String interactionId) {
        return Await.value("the follow-up to " + interactionId, () -> first(discord.requests(
                r -> r.method().equals("POST") && r.path().startsWith("/webhooks/" + BOT_ID + "/token-" + interactionId))));
    }

    private static List<String> buttonIds(DataObject message) {
        DataArray row = message.getArray("components").getObject(0).getArray("components");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < row.length(); i++) {
            ids.add(row.getObject(i).getString("custom_id"));
        }
        return ids;
    }
}
