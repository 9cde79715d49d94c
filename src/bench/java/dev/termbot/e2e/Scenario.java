package dev.termbot.e2e;

/**
 * One way of sending: {@code single} sends one message and waits for its reply before the next;
 * a burst sends all at once, from {@code senders} threads on Slack (Discord has one gateway
 * connection, so its burst is one sender).
 *
 * @param name     "single", "burst-200", …
 * @param messages how many messages, each in its own channel
 * @param senders  concurrent senders on Slack (1 for single)
 */
public record Scenario(String name, int messages, int senders) {
    public Scenario {
        if (messages < 1 || senders < 1) {
            throw new IllegalArgumentException("a scenario needs at least one message and one sender");
        }
    }

    public boolean sequential() {
        return name.equals("single");
    }

    public static Scenario single(int messages) {
        return new Scenario("single", messages, 1);
    }

    public static Scenario burst(int messages, int senders) {
        return new Scenario("burst-" + messages, messages, senders);
    }
}
