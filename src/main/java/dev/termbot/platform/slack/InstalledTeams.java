package dev.termbot.platform.slack;

import com.slack.api.Slack;
import dev.termbot.core.Installation;
import dev.termbot.core.InstallationStore;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspaces termbot is installed in (OAuth mode), over the shared {@link InstallationStore}:
 * tokens are sealed by {@link TokenCipher} before they are stored and opened only when a call needs
 * one. Every lookup reads the store, so an install or uninstall handled by another process counts
 * at once here too.
 *
 * <p>Thread-safe.
 */
final class InstalledTeams implements TeamClients {
    private static final Logger log = LoggerFactory.getLogger(InstalledTeams.class);

    private final InstallationStore store;
    private final TokenCipher cipher;
    private final Slack slack;
    private final Clock clock;

    InstalledTeams(InstallationStore store, TokenCipher cipher, Slack slack, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.slack = slack;
        this.clock = clock;
    }

    /** A workspace's bot, opened for use. {@link #toString()} never prints the token. */
    record Team(String id, String botToken, String botUserId) {
        @Override
        public String toString() {
            return "Team[" + id + "]";
        }
    }

    void save(String team, String botToken, String botUserId) {
        store.save(new Installation(PassiveNotes.PLATFORM, team, botUserId, cipher.seal(team, botToken), clock.instant()));
        log.info("Slack: installed in workspace {}", team);
    }

    /** Forgets the workspace (it uninstalled termbot or revoked its token); true when it was installed. */
    boolean remove(String team) {
        boolean removed = store.delete(PassiveNotes.PLATFORM, team);
        log.info("Slack: workspace {} uninstalled termbot; {}", team, removed ? "its installation is deleted" : "it had none");
        return removed;
    }

    /** The workspace's bot; empty when not installed, or when its stored token cannot be opened. */
    Optional<Team> find(String team) {
        if (team == null || team.isEmpty()) {
            return Optional.empty();
        }
        return store.find(PassiveNotes.PLATFORM, team).flatMap(this::open);
    }

    @Override
    public Optional<TeamApi> forTeam(String team) {
        return find(team).map(t -> new TeamApi(slack.methods(t.botToken(), t.id()), t.botToken()));
    }

    private Optional<Team> open(Installation installation) {
        try {
            return Optional.of(new Team(installation.workspace(), cipher.open(installation.workspace(), installation.sealedToken()),
                    installation.botUserId()));
        } catch (TokenCipher.SealBroken e) {
            log.warn("Slack: the stored token of workspace {} cannot be opened ({}); reinstall termbot there",
                    installation.workspace(), e.getMessage());
            return Optional.empty();
        }
    }
}
