package dev.termbot.storage;

/** A name (term id, query) and how often it occurred. */
public record Tally(String name, long count) {
}
