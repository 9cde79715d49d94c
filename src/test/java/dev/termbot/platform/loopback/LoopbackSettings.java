package dev.termbot.platform.loopback;

/**
 * The {@code loopback:} block of the settings file.
 *
 * @param port    where the platform listens on 127.0.0.1 (0 picks a free port)
 * @param channel the channel every message is said to come from
 */
public record LoopbackSettings(int port, String channel) {
    public static final LoopbackSettings DEFAULTS = new LoopbackSettings(0, "loop");
}
