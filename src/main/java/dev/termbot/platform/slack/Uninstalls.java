package dev.termbot.platform.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;

/**
 * Forgets a workspace's installation when Slack says termbot's token there is gone: the app was
 * uninstalled ({@code app_uninstalled}), or its bot token was revoked ({@code tokens_revoked}
 * naming bot tokens; termbot asks for no user tokens). A repeated delivery deletes nothing more.
 *
 * <p>Thread-safe.
 */
final class Uninstalls {
    private final InstalledTeams teams;

    Uninstalls(InstalledTeams teams) {
        this.teams = teams;
    }

    Response onAppUninstalled(EventsApiPayload<AppUninstalledEvent> payload, EventContext ctx) {
        teams.remove(payload.getTeamId());
        return ctx.ack();
    }

    Response onTokensRevoked(EventsApiPayload<TokensRevokedEvent> payload, EventContext ctx) {
        TokensRevokedEvent event = payload.getEvent();
        boolean botTokens = event != null && event.getTokens() != null && event.getTokens().getBot() != null
                && !event.getTokens().getBot().isEmpty();
        if (botTokens) {
            teams.remove(payload.getTeamId());
        }
        return ctx.ack();
    }
}
