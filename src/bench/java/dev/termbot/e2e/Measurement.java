package dev.termbot.e2e;

/**
 * One bot's figures for one scenario in one run.
 *
 * @param latency    event → reply at the fake's REST endpoint
 * @param ack        Slack: event → HTTP acknowledgement ({@link Percentiles#NONE} on Discord)
 * @param repliesPerSecond replies / (last reply − first send)
 * @param lost       messages that got no reply within the wait
 * @param duplicated replies beyond the first for one message
 * @param owedLeft   termbot notes still owed in the ledger after the wait (0 for the minimal bot)
 * @param refused    Slack acknowledgements that were not HTTP 200
 */
public record Measurement(String platform, String bot, String scenario, int run, int messages, Percentiles latency,
                          Percentiles ack, double repliesPerSecond, int lost, int duplicated, int owedLeft, int refused) {
}
