package dev.termbot.platform.discord;

import dev.termbot.core.Link;
import dev.termbot.core.Replies;
import dev.termbot.core.Reply;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyMessagesTest {

    @Test
    void a_note_renders_as_one_embed_with_sources_footer_and_a_full_definition_button_and_allows_no_mentions() {
        // GIVEN the core's note for the distillation-attack rule
        Reply note = Replies.note(TestGlossary.DISTILLATION_ATTACK, TestGlossary.DISTILLATION);

        // WHEN rendered
        DataObject data = ReplyMessages.note(note).toData();

        // THEN the embed carries title, text, both sources as Markdown links and the footer
        DataObject embed = data.getArray("embeds").getObject(0);
        assertThat(embed.getString("title")).isEqualTo(note.title());
        assertThat(embed.getString("description")).isEqualTo(note.body());
        assertThat(embed.getArray("fields").getObject(0).getString("value")).isEqualTo(
                "[" + TestGlossary.HINTON.title() + "](" + TestGlossary.HINTON.url() + ")\n"
                        + "[" + TestGlossary.EXTRACTION.title() + "](" + TestGlossary.EXTRACTION.url() + ")");
        assertThat(embed.getObject("footer").getString("text")).isEqualTo(note.footer());
        assertThat(data.getArray("components").getObject(0).getArray("components").getObject(0).getString("custom_id"))
                .isEqualTo("termbot:define:distillation");
        assertThat(data.getObject("allowed_mentions").getArray("parse").isEmpty()).isTrue();
        assertThat(data.getObject("allowed_mentions").getBoolean("replied_user", true)).isFalse();
    }

    @Test
    void notes_about_the_same_rule_share_one_embed_built_as_for_any_reply_and_their_controls_name_each_author() {
        Reply note = Replies.note(TestGlossary.DISTILLATION_ATTACK, TestGlossary.DISTILLATION);
        Reply same = Replies.note(TestGlossary.DISTILLATION_ATTACK, TestGlossary.DISTILLATION);

        // the second note of a burst reuses the first one's embed, which is the embed any reply gets
        assertThat(ReplyMessages.noteEmbed(same)).isSameAs(ReplyMessages.noteEmbed(note)).isEqualTo(ReplyMessages.embed(note));
        // the buttons are each author's own
        assertThat(ReplyMessages.note(note, "700000000000000001").toData().toString()).contains("700000000000000001")
                .doesNotContain("700000000000000002");
        assertThat(ReplyMessages.note(note, "700000000000000002").toData().toString()).contains("700000000000000002");
    }

    @Test
    void only_a_found_definition_gets_a_share_button() {
        Reply found = Replies.definition(TestGlossary.RLHF);
        Reply notFound = Replies.notFound("rlhx", List.of(TestGlossary.RLHF));

        assertThat(ReplyMessages.privateAnswer(found).getComponents()).hasSize(1);
        assertThat(ReplyMessages.privateAnswer(notFound).getComponents()).isEmpty();
        assertThat(ReplyMessages.privateAnswer(notFound).getEmbeds().get(0).getDescription()).contains("Did you mean: RLHF?");
        assertThat(ReplyMessages.plain(found).getComponents()).isEmpty();
    }

    @Test
    void oversized_texts_are_clipped_to_discords_embed_limits() {
        // GIVEN a reply far beyond every embed limit, with many long links
        String huge = "x".repeat(10_000);
        List<Link> links = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> new Link("source " + i + " " + "y".repeat(40), "https://example.org/" + i)).toList();
        Reply reply = new Reply(Reply.Kind.NOTE, "t", "r", huge, "", huge, links, List.of(), huge);

        // WHEN rendered
        MessageEmbed embed = ReplyMessages.embed(reply);

        // THEN every part fits and the sources field holds whole links only
        assertThat(embed.getTitle()).hasSize(MessageEmbed.TITLE_MAX_LENGTH).endsWith("\u2026");
        assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(MessageEmbed.DESCRIPTION_MAX_LENGTH);
        assertThat(embed.getFooter().getText()).hasSizeLessThanOrEqualTo(MessageEmbed.TEXT_MAX_LENGTH);
        String sources = embed.getFields().get(0).getValue();
        assertThat(sources).hasSizeLessThanOrEqualTo(MessageEmbed.VALUE_MAX_LENGTH);
        assertThat(sources.lines()).allSatisfy(line -> assertThat(line).matches("\\[source \\d+ y+]\\(https://example.org/\\d+\\)"));
        // AND the whole embed stays within the 6,000 characters Discord allows a bot
        assertThat(embed.getLength()).isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
    }

    @Test
    void clipping_never_splits_a_surrogate_pair() {
        String text = "abc" + "\uD83D\uDCD6" + "def";

        assertThat(ReplyMessages.clip(text, 5)).isEqualTo("abc\u2026");
        assertThat(ReplyMessages.clip(text, 100)).isEqualTo(text);
    }
}
