/**
 * The end-to-end benchmark ({@code java -jar target/termbot-bench.jar e2e}): termbot's real Slack and
 * Discord adapters with SQLite storage against in-process fakes, beside minimal bots on the same
 * SDKs, timed from event to reply. Not part of the shipped jar; see performance.md.
 */
package dev.termbot.e2e;
