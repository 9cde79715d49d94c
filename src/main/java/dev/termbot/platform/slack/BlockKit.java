package dev.termbot.platform.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import dev.termbot.core.Link;
import dev.termbot.core.NoteButton;
import dev.termbot.core.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a core {@link Reply} as Block Kit: a header, a section with the definition or note, a
 * section of links, suggestions when nothing was found, a context line ("Why am I seeing this?")
 * and, for {@code /define} answers, a "Share to channel" button. A passive note is compact, like
 * the Discord one: no header, one bold lead line above the note, the links, the why line and a row
 * of buttons ("Full definition", and with {@link #note} the feedback and removal controls). The fallback {@code text} that
 * notifications and screen readers use is {@link Reply#toPlainText()}, escaped.
 *
 * <p>Every mrkdwn object is {@code verbatim}, so Slack does not auto-link names either.
 * Stateless and thread-safe.
 */
final class BlockKit {
    static final String SHARE_ACTION = "termbot_share_definition";
    /** The "Full definition" button under a note; its value is the term id. */
    static final String DEFINE_ACTION = "termbot_full_definition";
    static final String WHY_PREFIX = "Why am I seeing this?";
    private static final int HEADER_LIMIT = 150;
    private static final int SECTION_LIMIT = 3000;
    private static final int FALLBACK_LIMIT = 3000;

    private BlockKit() {
    }

    /** The blocks for a reply; {@code shareable} adds the share button (only for found definitions). */
    static List<LayoutBlock> blocks(Reply reply, boolean shareable) {
        if (reply.kind() == Reply.Kind.NOTE) {
            return compactNote(reply, List.of());
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        if (!reply.title().isBlank()) {
            blocks.add(HeaderBlock.builder().text(plain(Mrkdwn.shorten(reply.title(), HEADER_LIMIT))).build());
        }
        String main = mainText(reply);
        if (!main.isBlank()) {
            blocks.add(section(main));
        }
        if (!reply.suggestions().isEmpty()) {
            blocks.add(section("Did you mean: " + reply.suggestions().stream()
                    .map(s -> "*" + Mrkdwn.escape(s) + "*").collect(Collectors.joining(", ")) + "?"));
        }
        if (!reply.links().isEmpty()) {
            blocks.add(section(reply.links().stream().map(BlockKit::bullet).collect(Collectors.joining("\n"))));
        }
        if (!reply.footer().isBlank()) {
            blocks.add(ContextBlock.builder().elements(List.of(
                    markdown("_" + WHY_PREFIX + "_ " + Mrkdwn.escape(reply.footer())))).build());
        }
        if (shareable && reply.kind() == Reply.Kind.DEFINITION && !reply.termId().isEmpty()) {
            blocks.add(ActionsBlock.builder().elements(List.of(ButtonElement.builder()
                    .actionId(SHARE_ACTION)
                    .value(reply.termId())
                    .text(plain("Share to channel"))
                    .build())).build());
        }
        return blocks;
    }

    /**
     * A passive note posted for {@code authorId}'s message: the compact note with "Full definition",
     * "Helpful", "Not needed" and "Remove" buttons. The three controls carry the author and the rule
     * ({@link NoteButton}), so a click is judged from its own payload.
     */
    static List<LayoutBlock> note(Reply reply, String authorId) {
        List<ButtonElement> controls = new ArrayList<>();
        if (!reply.ruleId().isEmpty() && !authorId.isEmpty()) {
            String value = new NoteButton(authorId, reply.ruleId()).encode();
            controls.add(button(NoteButton.Control.HELPFUL.id(), value, "Helpful"));
            controls.add(button(NoteButton.Control.NOT_NEEDED.id(), value, "Not needed"));
            controls.add(ButtonElement.builder().actionId(NoteButton.Control.REMOVE.id()).value(value)
                    .text(plain("Remove")).style("danger")
                    .confirm(ConfirmationDialogObject.builder().title(plain("Remove this note?"))
                            .text(plain("The note disappears for everyone in the conversation."))
                            .confirm(plain("Remove")).deny(plain("Keep it")).build())
                    .build());
        }
        return compactNote(reply, controls);
    }

    private static List<LayoutBlock> compactNote(Reply reply, List<ButtonElement> controls) {
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        if (!reply.title().isBlank()) {
            text.append('*').append(Mrkdwn.escape(reply.title().strip())).append('*');
        }
        if (!reply.body().isBlank()) {
            text.append(text.length() > 0 ? "\n" : "").append(Mrkdwn.escape(reply.body().strip()));
        }
        if (text.length() > 0) {
            blocks.add(section(text.toString()));
        }
        if (!reply.links().isEmpty()) {
            blocks.add(section(reply.links().stream().map(BlockKit::bullet).collect(Collectors.joining("\n"))));
        }
        if (!reply.footer().isBlank()) {
            blocks.add(ContextBlock.builder().elements(List.of(
                    markdown("_" + WHY_PREFIX + "_ " + Mrkdwn.escape(reply.footer())))).build());
        }
        List<com.slack.api.model.block.element.BlockElement> buttons = new ArrayList<>();
        if (!reply.termId().isEmpty()) {
            buttons.add(button(DEFINE_ACTION, reply.termId(), "Full definition"));
        }
        buttons.addAll(controls);
        if (!buttons.isEmpty()) {
            blocks.add(ActionsBlock.builder().elements(buttons).build());
        }
        return blocks;
    }

    private static ButtonElement button(String actionId, String value, String label) {
        return ButtonElement.builder().actionId(actionId).value(value).text(plain(label)).build();
    }

    /** The plain-text fallback, escaped for mrkdwn. */
    static String fallbackText(Reply reply) {
        return Mrkdwn.shorten(Mrkdwn.escape(reply.toPlainText()), FALLBACK_LIMIT);
    }

    private static String mainText(Reply reply) {
        StringBuilder text = new StringBuilder();
        if (!reply.summary().isBlank()) {
            text.append('*').append(Mrkdwn.escape(reply.summary().strip())).append('*');
        }
        if (!reply.body().isBlank()) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(Mrkdwn.escape(reply.body().strip()));
        }
        return text.toString();
    }

    private static String bullet(Link link) {
        return "\u2022 " + Mrkdwn.link(link.url(), link.title());
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(markdown(Mrkdwn.shorten(mrkdwn, SECTION_LIMIT))).build();
    }

    private static MarkdownTextObject markdown(String mrkdwn) {
        return MarkdownTextObject.builder().text(mrkdwn).verbatim(true).build();
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(false).build();
    }
}
