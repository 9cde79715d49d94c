package dev.termbot.platform.slack;

import com.slack.api.methods.MethodsClient;
import dev.termbot.core.Reply;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the usage digest: on schedule ({@code postToModerators}) and on demand
 * ({@code /termbot digest}), to the configured moderators' channel. Without a channel, the
 * on-demand digest goes to the moderator who asked, visible to them only.
 *
 * <p>In OAuth mode ({@link #acrossWorkspaces}) the usage log, and so the digest, covers every
 * workspace termbot serves: it is shown in none of them, since one workspace's moderators must not
 * see another's channels and counts. {@code termbot digest} prints it for whoever runs termbot.
 *
 * <p>Thread-safe.
 */
final class Digests {
    /** chat.postMessage accepts 40,000 characters of text; keep clear of it. */
    private static final int TEXT_LIMIT = 39_000;
    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    private final Supplier<String> digestNow;
    private final String channel;
    private final MethodsClient api;
    private final WebApiCaller caller;
    private final ResponseUrl responses;

    /** The digest of all workspaces, kept out of Slack (OAuth mode): see the class comment. */
    static Digests acrossWorkspaces(ResponseUrl responses) {
        return new Digests(() -> "", "", null, null, responses);
    }

    Digests(Supplier<String> digestNow, String channel, MethodsClient api, WebApiCaller caller, ResponseUrl responses) {
        this.digestNow = digestNow;
        this.channel = channel;
        this.api = api;
        this.caller = caller;
        this.responses = responses;
    }

    /** Posts Markdown to the moderators' channel; false when none is configured or Slack refused. */
    boolean post(String markdown) {
        if (api == null) {
            log.info("Slack serves several workspaces (OAuth mode): the digest spans all of them and is not posted in any");
            return false;
        }
        if (channel.isEmpty()) {
            log.info("No Slack moderator channel configured; the digest was not posted");
            return false;
        }
        String text = Mrkdwn.shorten(Mrkdwn.fromMarkdown(markdown), TEXT_LIMIT);
        return caller.call("chat.postMessage", () -> api.chatPostMessage(r -> r
                .channel(channel)
                .text(text)
                .mrkdwn(true)
                .linkNames(false)
                .unfurlLinks(false)
                .unfurlMedia(false))).isPresent();
    }

    /** {@code /termbot digest}: builds the digest now and posts it. */
    void postNow(String responseUrl) {
        if (api == null) {
            responses.answerCommand(responseUrl, Reply.notice("Digest not shown in Slack", "This termbot serves several"
                    + " workspaces and its digest covers all of them, so it is shown in none. Whoever runs termbot can print"
                    + " it with 'termbot digest'."), false);
            return;
        }
        String markdown;
        try {
            markdown = digestNow.get();
        } catch (RuntimeException e) {
            log.warn("Building the digest failed: {}", e.getClass().getSimpleName(), e);
            responses.answerCommand(responseUrl, Reply.notice("Digest unavailable",
                    "The digest could not be built right now; the bot's log says why."), false);
            return;
        }
        if (channel.isEmpty()) {
            responses.answerCommand(responseUrl, Mrkdwn.shorten(Mrkdwn.fromMarkdown(markdown), TEXT_LIMIT));
            return;
        }
        Reply reply = post(markdown)
                ? Reply.notice("Digest posted", "The digest is in the moderators' channel.")
                : Reply.notice("Digest not posted", "Slack refused the post; the bot's log says why.");
        responses.answerCommand(responseUrl, reply, false);
    }
}
