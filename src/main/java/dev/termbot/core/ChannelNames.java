package dev.termbot.core;

import java.util.List;
import java.util.Optional;

/**
 * Where channel names are kept between runs and shared between processes (the bot's database), so
 * the digest can show channels by name. Adapters do not write here directly: they go through a
 * {@link ChannelNameCache}, which asks the platform rarely and writes only what changed.
 *
 * <p>Implementations are thread-safe and may throw at any call (storage trouble).
 */
public interface ChannelNames {
    /** Keeps nothing: for a bot without a database, and for tests that do not look at names. */
    ChannelNames NONE = new ChannelNames() {
        @Override
        public void remember(ChannelName name) {
            // nothing is kept
        }

        @Override
        public Optional<ChannelName> find(String platform, String workspace, String channel) {
            return Optional.empty();
        }

        @Override
        public boolean keeps() {
            return false;
        }
    };

    /** Stores the name, replacing the channel's earlier one. */
    void remember(ChannelName name);

    /**
     * Stores several names, in order; a store that can writes them in one transaction (a burst of
     * messages in new channels then costs one write, not one connection and one commit each).
     */
    default void rememberAll(List<ChannelName> names) {
        names.forEach(this::remember);
    }

    Optional<ChannelName> find(String platform, String workspace, String channel);

    /** False for {@link #NONE}: then adapters need not ask their platform for names at all. */
    default boolean keeps() {
        return true;
    }
}
