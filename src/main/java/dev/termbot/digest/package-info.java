/**
 * The weekly digest for moderators: its model, its computation from stored usage and its
 * renderings (text, Markdown, JSON, PNG chart).
 */
package dev.termbot.digest;
