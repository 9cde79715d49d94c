package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import dev.termbot.core.Replies;
import dev.termbot.core.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockKitTest {

    @Test
    void a_note_is_compact_a_lead_line_with_the_note_then_links_the_why_line_and_full_definition() {
        Reply note = Replies.note(TestGlossary.RULE, TestGlossary.DISTILLATION);

        List<LayoutBlock> blocks = BlockKit.blocks(note, true);

        assertThat(blocks).extracting(LayoutBlock::getType).containsExactly("section", "section", "context", "actions");
        assertThat(blocks).noneMatch(b -> b instanceof HeaderBlock);
        assertThat(text(blocks.get(0))).isEqualTo("*" + note.title() + "*\n" + TestGlossary.RULE_REPLY);
        assertThat(text(blocks.get(1))).isEqualTo("\u2022 <https://www.interconnects.ai/p/the-distillation-panic|The distillation panic>");
        MarkdownTextObject why = (MarkdownTextObject) ((ContextBlock) blocks.get(2)).getElements().get(0);
        assertThat(why.getText()).isEqualTo("_Why am I seeing this?_ " + note.footer());
        assertThat(why.getVerbatim()).isTrue();
        ButtonElement define = (ButtonElement) ((ActionsBlock) blocks.get(3)).getElements().get(0);
        assertThat(define.getActionId()).isEqualTo(BlockKit.DEFINE_ACTION);
        assertThat(define.getValue()).isEqualTo("distillation");
        assertThat(((ActionsBlock) blocks.get(3)).getElements()).hasSize(1);
    }

    @Test
    void a_note_for_a_message_carries_the_three_controls_with_author_and_rule() {
        Reply note = Replies.note(TestGlossary.RULE, TestGlossary.DISTILLATION);

        List<LayoutBlock> blocks = BlockKit.note(note, "U0ALICE");

        ActionsBlock actions = (ActionsBlock) blocks.get(blocks.size() - 1);
        assertThat(actions.getElements()).extracting(e -> ((ButtonElement) e).getActionId())
                .containsExactly(BlockKit.DEFINE_ACTION, "feedback_helpful", "feedback_not_needed", "remove_note");
        assertThat(actions.getElements().subList(1, 4)).extracting(e -> ((ButtonElement) e).getValue())
                .containsOnly("U0ALICE:" + TestGlossary.RULE_ID);
        assertThat(((ButtonElement) actions.getElements().get(3)).getConfirm()).isNotNull();
    }

    @Test
    void a_definition_is_bold_summary_then_note_and_can_carry_the_share_button() {
        Reply definition = Replies.definition(TestGlossary.DISTILLATION);

        List<LayoutBlock> blocks = BlockKit.blocks(definition, true);

        assertThat(text(blocks.get(1))).isEqualTo("*" + TestGlossary.DISTILLATION.definition() + "*\n\n"
                + TestGlossary.DISTILLATION.note().replace("&", "&amp;"));
        ActionsBlock actions = (ActionsBlock) blocks.get(blocks.size() - 1);
        ButtonElement button = (ButtonElement) actions.getElements().get(0);
        assertThat(button.getActionId()).isEqualTo(BlockKit.SHARE_ACTION);
        assertThat(button.getValue()).isEqualTo("distillation");
        assertThat(button.getText().getText()).isEqualTo("Share to channel");
        assertThat(BlockKit.blocks(definition, false)).noneMatch(b -> b instanceof ActionsBlock);
    }

    @Test
    void not_found_lists_suggestions_and_escapes_the_echoed_query() {
        Reply notFound = Replies.notFound("<!channel> & co", List.of(TestGlossary.DISTILLATION));

        List<LayoutBlock> blocks = BlockKit.blocks(notFound, true);

        assertThat(blocks).extracting(LayoutBlock::getType).containsExactly("header", "section", "section");
        assertThat(text(blocks.get(1))).doesNotContain("<").contains("&amp; co");
        assertThat(text(blocks.get(2))).isEqualTo("Did you mean: *Distillation*?");
    }

    @Test
    void the_fallback_text_is_the_plain_text_escaped() {
        Reply notFound = Replies.notFound("a <b> & c", List.of());

        assertThat(BlockKit.fallbackText(notFound)).isEqualTo(Mrkdwn.escape(notFound.toPlainText()));
        assertThat(BlockKit.fallbackText(notFound)).doesNotContain("<");
    }

    private static String text(LayoutBlock block) {
        return ((SectionBlock) block).getText().getText();
    }
}
