package dev.termbot.platform.slack;

import com.slack.api.methods.MethodsClient;
import java.util.Optional;

/**
 * The Web API client that speaks for termbot in a workspace: one client for every workspace in the
 * single-token mode, the workspace's own installation in OAuth mode. Thread-safe.
 */
@FunctionalInterface
interface TeamClients {
    /** The client for the workspace; empty when termbot is not (or no longer) installed there. */
    Optional<MethodsClient> forTeam(String team);

    /** The single-token mode: one bot token answers everywhere. */
    static TeamClients single(MethodsClient api) {
        Optional<MethodsClient> client = Optional.of(api);
        return team -> client;
    }
}
