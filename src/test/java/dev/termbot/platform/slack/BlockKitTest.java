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
    void a_note_has_header_text_links_and_the_why_line_but_no_button() {
        Reply note = Replies.note(TestGlossary.RULE, TestGlossary.DISTILLATION);

        List<LayoutBlock> blocks = BlockKit.blocks(note, true);

        assertThat(blocks).extracting(LayoutBlock::getType).containsExactly("header", "section", "section", "context");
        assertThat(((HeaderBlock) blocks.get(0)).getText().getText()).isEqualTo(note.title());
        assertThat(text(blocks.get(1))).isEqualTo(TestGlossary.RULE_REPLY);
        assertThat(text(blocks.get(2))).isEqualTo("\u2022 <https://www.interconnects.ai/p/the-distillation-panic|The distillation panic>");
        MarkdownTextObject why = (MarkdownTextObject) ((ContextBlock) blocks.get(3)).getElements().get(0);
        assertThat(why.getText()).isEqualTo("_Why am I seeing this?_ " + note.footer());
        assertThat(why.getVerbatim()).isTrue();
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
