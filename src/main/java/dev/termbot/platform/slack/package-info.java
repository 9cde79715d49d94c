/**
 * The Slack adapter (Bolt for Java): Socket Mode or HTTP Events API, passive notes, /define and
 * /termbot commands. Bolt types never leave this package.
 */
package dev.termbot.platform.slack;
