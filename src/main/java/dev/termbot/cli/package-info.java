/**
 * The command line (one picocli class per command), settings loading, and the composition root:
 * the only package that calls {@code new} on implementations and wires them together.
 */
package dev.termbot.cli;
