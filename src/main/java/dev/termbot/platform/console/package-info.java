/**
 * The console platform: the bot as a local chat in the terminal (or on piped stdin), using the same
 * core, glossary and policy as the real platforms.
 */
package dev.termbot.platform.console;
