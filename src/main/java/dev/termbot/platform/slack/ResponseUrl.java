package dev.termbot.platform.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.webhook.WebhookResponse;
import dev.termbot.core.Reply;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers slash commands and button clicks through their {@code response_url} (the deferred
 * pattern: the request was acknowledged at once, the answer follows from a worker).
 *
 * <p>Thread-safe.
 */
final class ResponseUrl {
    static final String EPHEMERAL = "ephemeral";
    static final String IN_CHANNEL = "in_channel";
    private static final Logger log = LoggerFactory.getLogger(ResponseUrl.class);

    private final Slack slack;

    ResponseUrl(Slack slack) {
        this.slack = slack;
    }

    /** Answers a slash command, visible to the person who ran it only. */
    void answerCommand(String responseUrl, Reply reply, boolean shareable) {
        send(responseUrl, responder -> responder.send(SlashCommandResponse.builder()
                .responseType(EPHEMERAL)
                .text(BlockKit.fallbackText(reply))
                .blocks(BlockKit.blocks(reply, shareable))
                .build()));
    }

    /** Answers a slash command with a long mrkdwn text (the digest), visible to the asker only. */
    void answerCommand(String responseUrl, String mrkdwn) {
        send(responseUrl, responder -> responder.send(SlashCommandResponse.builder()
                .responseType(EPHEMERAL).text(mrkdwn).build()));
    }

    /** Answers a button click, visible to the person who clicked only; the message clicked stays as it is. */
    void answerEphemerally(String responseUrl, Reply reply) {
        send(responseUrl, responder -> responder.send(ActionResponse.builder()
                .responseType(EPHEMERAL)
                .replaceOriginal(false)
                .text(BlockKit.fallbackText(reply))
                .blocks(BlockKit.blocks(reply, false))
                .build()));
    }

    /** Answers a slash command with ready blocks (the glossary list), visible to the asker only. */
    void answerCommand(String responseUrl, String fallback, java.util.List<com.slack.api.model.block.LayoutBlock> blocks) {
        send(responseUrl, responder -> responder.send(SlashCommandResponse.builder()
                .responseType(EPHEMERAL).text(fallback).blocks(blocks).build()));
    }

    /** Posts a reply in the channel the button was clicked in, visible to everyone. */
    void shareInChannel(String responseUrl, Reply reply) {
        send(responseUrl, responder -> responder.send(ActionResponse.builder()
                .responseType(IN_CHANNEL)
                .replaceOriginal(false)
                .text(BlockKit.fallbackText(reply))
                .blocks(BlockKit.blocks(reply, false))
                .build()));
    }

    /** Answers a button click, visible to the person who clicked only; the message clicked stays as it is. */
    void answerClick(String responseUrl, Reply reply, boolean shareable) {
        send(responseUrl, responder -> responder.send(ActionResponse.builder()
                .responseType(EPHEMERAL)
                .replaceOriginal(false)
                .text(BlockKit.fallbackText(reply))
                .blocks(BlockKit.blocks(reply, shareable))
                .build()));
    }

    /**
     * Deletes the message whose button was clicked: the only way to remove an ephemeral message,
     * which {@code chat.delete} cannot reach. True when Slack took it.
     */
    boolean deleteClicked(String responseUrl) {
        return send(responseUrl, responder -> responder.send(ActionResponse.builder().deleteOriginal(true).build()));
    }

    private interface Send {
        WebhookResponse to(Responder responder) throws IOException;
    }

    private boolean send(String responseUrl, Send send) {
        if (responseUrl == null || responseUrl.isBlank()) {
            log.warn("A Slack interaction came without a response_url; nothing was answered");
            return false;
        }
        try {
            WebhookResponse response = send.to(new Responder(slack, responseUrl));
            if (response.getCode() == null || response.getCode() != 200) {
                log.warn("Slack response_url answered HTTP {}", response.getCode());
                return false;
            }
            return true;
        } catch (IOException e) {
            log.warn("Posting to a Slack response_url failed ({})", e.getClass().getSimpleName());
            return false;
        }
    }
}
