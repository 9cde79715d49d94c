package dev.termbot.platform.slack;

import com.slack.api.methods.MethodsClient;
import java.util.Optional;

/**
 * The Web API client that speaks for termbot in a workspace: one client for every workspace in the
 * single-token mode, the workspace's own installation in OAuth mode. Thread-safe.
 */
@FunctionalInterface
interface TeamClients {
    /**
     * A workspace's client and the bot token it speaks with: the token is needed again for calls
     * made past the SDK's typed methods ({@link NotePosts}). {@link #toString()} never prints it.
     */
    record TeamApi(MethodsClient methods, String token) {
        @Override
        public String toString() {
            return "TeamApi[token hidden]";
        }
    }

    /** The client for the workspace; empty when termbot is not (or no longer) installed there. */
    Optional<TeamApi> forTeam(String team);

    /** The single-token mode: one bot token answers everywhere. */
    static TeamClients single(MethodsClient api, String token) {
        Optional<TeamApi> client = Optional.of(new TeamApi(api, token));
        return team -> client;
    }
}
