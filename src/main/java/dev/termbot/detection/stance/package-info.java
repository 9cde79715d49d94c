/**
 * Stance analysis: does the writer use a watched phrase, or already dispute it? Runs only on the
 * rare message with a hit. OpenNLP splits sentences, tokens and part-of-speech tags; the classes
 * here read markup (block quotes, strikethrough) as layout, match the glossary's cue words as word
 * sequences, and hold the grammar that decides when a cue counts (where it stands, negation,
 * questions, quotes). Free of platform types, like the rest of the core.
 */
package dev.termbot.detection.stance;
