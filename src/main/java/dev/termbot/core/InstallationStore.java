package dev.termbot.core;

import java.util.Optional;

/**
 * Where the installations of a multi-workspace app are kept, one per platform and workspace. It
 * holds tokens only as the adapter sealed them: encryption and its key stay with the adapter.
 *
 * <p>Implementations are thread-safe; several processes may share one (PostgreSQL).
 */
public interface InstallationStore {
    /** Stores the installation, replacing the workspace's earlier one (a re-install). */
    void save(Installation installation);

    Optional<Installation> find(String platform, String workspace);

    /** Forgets the workspace's installation; true when there was one. */
    boolean delete(String platform, String workspace);
}
