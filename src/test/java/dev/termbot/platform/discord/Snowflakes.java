package dev.termbot.platform.discord;

/**
 * Makes Discord-style ids for the fake: milliseconds since the Discord epoch in the high bits, so
 * JDA reads a creation time of "now" from them (it expires interaction hooks by that time).
 * Thread-safe; ids strictly increase.
 */
final class Snowflakes {
    private static final long DISCORD_EPOCH = 1420070400000L;

    private long last;

    synchronized String next() {
        last = Math.max(last + 1, (System.currentTimeMillis() - DISCORD_EPOCH) << 22);
        return Long.toString(last);
    }
}
