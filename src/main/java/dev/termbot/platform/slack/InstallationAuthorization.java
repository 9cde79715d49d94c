package dev.termbot.platform.slack;

import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's authorization step in OAuth mode: a request is answered with the token of the workspace it
 * came from, found in {@link InstalledTeams}; a workspace without an installation gets 401 and no
 * handler runs. {@code url_verification}, {@code app_uninstalled} and {@code tokens_revoked} need no
 * token (the last two arrive when the token may already be gone) and pass through.
 *
 * <p>Why not Bolt's {@code MultiTeamsAuthorization}: it calls {@code auth.test} on every request
 * (or caches the answer, also after an uninstall) and expects Bolt's own installation files; the
 * team's token is all a handler here needs. Thread-safe.
 */
final class InstallationAuthorization implements Middleware {
    private static final Logger log = LoggerFactory.getLogger(InstallationAuthorization.class);

    private final InstalledTeams teams;

    InstallationAuthorization(InstalledTeams teams) {
        this.teams = teams;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (MiddlewareOps.isNoAuthRequiredRequest(req.getRequestType()) || MiddlewareOps.isNoTokenRequiredRequest(req)) {
            return chain.next(req);
        }
        Context context = req.getContext();
        Optional<InstalledTeams.Team> team = teams.find(context.getTeamId());
        if (team.isEmpty()) {
            log.info("Refused a Slack request from workspace {}, which has not installed termbot", context.getTeamId());
            return Response.builder().statusCode(401).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                    .body("{\"error\":\"this workspace has not installed the app\"}").build();
        }
        context.setBotToken(team.get().botToken());
        context.setBotUserId(team.get().botUserId().isEmpty() ? null : team.get().botUserId());
        return chain.next(req);
    }
}
