/**
 * The public HTTP surface: one hardened server (Jetty's core, no servlets) that both the Slack
 * events endpoint and the ops port run on. It holds the limits that keep a slow or hostile client
 * from starving the bot: idle and body-read timeouts, a header size limit, a body size limit,
 * connections bounded per client address and in total, and a small bounded worker pool. Endpoints
 * see a plain {@link dev.termbot.http.HttpCall} and answer an {@link dev.termbot.http.HttpAnswer};
 * no Jetty type leaves this package.
 *
 * <p>May use Jetty, SLF4J and the JDK only; an ArchUnit test keeps Jetty out of every other package.
 */
package dev.termbot.http;
