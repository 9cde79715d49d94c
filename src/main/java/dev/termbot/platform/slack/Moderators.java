package dev.termbot.platform.slack;

import com.slack.api.methods.MethodsClient;
import java.util.Optional;
import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;

/**
 * Decides who may run the moderation commands: workspace admins and owners ({@code users.info}),
 * and members of the configured user group ({@code usergroups.users.list}). Asks Slack every
 * time, so a demotion takes effect at once, and fails closed: when Slack cannot be asked, the
 * answer is no.
 *
 * <p>Thread-safe.
 */
final class Moderators {
    private final TeamClients clients;
    private final WebApiCaller caller;
    private final String userGroup;

    Moderators(TeamClients clients, WebApiCaller caller, String userGroup) {
        this.clients = clients;
        this.caller = caller;
        this.userGroup = userGroup;
    }

    /** Asks the workspace's own Slack; no when termbot is not installed there. */
    boolean isModerator(String team, String userId) {
        if (userId == null || userId.isBlank()) {
            return false;
        }
        Optional<MethodsClient> api = clients.forTeam(team).map(TeamClients.TeamApi::methods);
        return api.isPresent() && isModerator(api.get(), userId);
    }

    private boolean isModerator(MethodsClient api, String userId) {
        boolean admin = caller.call("users.info", () -> api.usersInfo(r -> r.user(userId)))
                .map(UsersInfoResponse::getUser)
                .filter(user -> !user.isBot())
                .map(Moderators::adminOrOwner)
                .orElse(false);
        return admin || inUserGroup(api, userId);
    }

    private boolean inUserGroup(MethodsClient api, String userId) {
        if (userGroup.isEmpty()) {
            return false;
        }
        return caller.call("usergroups.users.list", () -> api.usergroupsUsersList(r -> r.usergroup(userGroup)))
                .map(UsergroupsUsersListResponse::getUsers)
                .map(users -> users.contains(userId))
                .orElse(false);
    }

    private static boolean adminOrOwner(User user) {
        return user.isAdmin() || user.isOwner() || user.isPrimaryOwner();
    }
}
