/**
 * The Discord adapter (JDA): passive notes as replies or reactions, /define with autocomplete,
 * /termbot commands. JDA types never leave this package.
 */
package dev.termbot.platform.discord;
