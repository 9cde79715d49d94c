package dev.termbot.platform.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.slack.api.model.Conversation;
import dev.termbot.core.ChannelNameCache;
import dev.termbot.core.Where;
import java.util.Optional;

/**
 * Learns the names of the channels termbot hears in, for the digest. Slack's message events carry
 * only the channel id, so the name is asked with {@code conversations.info} (scopes
 * {@code channels:read} and {@code groups:read}), with the workspace's own client in OAuth mode, and
 * through a {@link ChannelNameCache}: once per channel a day at most, off the event's thread, and
 * not at all while the database holds a fresh name. Direct messages are never named (their names
 * are people's names).
 *
 * <p>Thread-safe.
 */
final class ChannelNameLookup implements AutoCloseable {
    private final ChannelNameCache cache;
    private final TeamClients clients;
    private final WebApiCaller caller;

    ChannelNameLookup(ChannelNameCache cache, TeamClients clients, WebApiCaller caller) {
        this.cache = cache;
        this.clients = clients;
        this.caller = caller;
    }

    /** A message with a hit arrived in the channel: its name is looked up if due. Returns at once. */
    void heardIn(String team, String channel) {
        if (cache.keeps() && team != null && channel != null) {
            cache.lookUpWhenDue(new Where(PassiveNotes.PLATFORM, team, channel, ""), () -> lookUp(team, channel));
        }
    }

    private Optional<String> lookUp(String team, String channel) {
        Optional<MethodsClient> client = clients.forTeam(team).map(TeamClients.TeamApi::methods);
        if (client.isEmpty()) {
            return Optional.empty();
        }
        // one attempt: a rate limit or an outage is tried again later by the cache, not by waiting here
        WebApiCaller.Attempt<ConversationsInfoResponse> attempt = caller.once("conversations.info",
                () -> client.get().conversationsInfo(r -> r.channel(channel)), 1);
        return attempt.response()
                .map(ConversationsInfoResponse::getChannel)
                .filter(conversation -> !conversation.isIm() && !conversation.isMpim())
                .map(Conversation::getName);
    }

    @Override
    public void close() {
        cache.close();
    }
}
