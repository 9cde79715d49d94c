package dev.termbot.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link InstallationStore} held in this instance only: for the console and tests. Thread-safe. */
public final class InMemoryInstallationStore implements InstallationStore {
    private final Map<List<String>, Installation> installations = new ConcurrentHashMap<>();

    @Override
    public void save(Installation installation) {
        installations.put(List.of(installation.platform(), installation.workspace()), installation);
    }

    @Override
    public Optional<Installation> find(String platform, String workspace) {
        return Optional.ofNullable(installations.get(List.of(platform, workspace)));
    }

    @Override
    public boolean delete(String platform, String workspace) {
        return installations.remove(List.of(platform, workspace)) != null;
    }
}
