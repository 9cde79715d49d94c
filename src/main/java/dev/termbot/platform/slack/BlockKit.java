package dev.termbot.platform.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import dev.termbot.core.Link;
import dev.termbot.core.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a core {@link Reply} as Block Kit: a header, a section with the definition or note, a
 * section of links, suggestions when nothing was found, a context line ("Why am I seeing this?")
 * and, for {@code /define} answers, a "Share to channel" button. The fallback {@code text} that
 * notifications and screen readers use is {@link Reply#toPlainText()}, escaped.
 *
 * <p>Every mrkdwn object is {@code verbatim}, so Slack does not auto-link names either.
 * Stateless and thread-safe.
 */
final class BlockKit {
    static final String SHARE_ACTION = "termbot_share_definition";
    static final String WHY_PREFIX = "Why am I seeing this?";
    private static final int HEADER_LIMIT = 150;
    private static final int SECTION_LIMIT = 3000;
    private static final int FALLBACK_LIMIT = 3000;

    private BlockKit() {
    }

    /** The blocks for a reply; {@code shareable} adds the share button (only for found definitions). */
    static List<LayoutBlock> blocks(Reply reply, boolean shareable) {
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
