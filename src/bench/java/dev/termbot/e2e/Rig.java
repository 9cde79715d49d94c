package dev.termbot.e2e;

import java.util.List;
import java.util.Map;

/**
 * One bot on one platform, running against its own in-process fake: termbot's real adapter or a
 * minimal bot on the same SDK. The driver sends messages through the fake's event side and reads
 * the replies the fake's REST side recorded, so both bots are timed by the same clock at the same
 * two points. Implementations are thread-safe for {@link #send} (Slack bursts send from many threads).
 */
public interface Rig extends AutoCloseable {
    /** "slack" or "discord". */
    String platform();

    /** "termbot" or "minimal". */
    String bot();

    /** How many distinct channels {@link #send} can use (slots 0 … channels-1). */
    int channels();

    /**
     * Delivers one message in channel {@code slot}. Slack: a signed HTTP event, returning after the
     * acknowledgement. Discord: a MESSAGE_CREATE on the gateway, returning once it is written.
     */
    Sent send(int slot, String text);

    /** Reply arrival times (System.nanoTime at the fake's REST endpoint) by message key, every reply so far (a live view). */
    Map<String, List<Long>> replies();

    /** Notes still owed in termbot's ledger (0 for the minimal bot, which owes nothing). */
    int owed();

    /**
     * One message sent.
     *
     * @param key     what the reply names (Slack {@code thread_ts}, Discord {@code message_reference})
     * @param sentAt  System.nanoTime just before sending
     * @param ackNanos Slack: time until the HTTP acknowledgement; -1 where there is none (Discord)
     * @param status  Slack: the HTTP status of the acknowledgement; 0 on Discord
     */
    record Sent(String key, long sentAt, long ackNanos, int status) {
    }

    @Override
    void close();
}
