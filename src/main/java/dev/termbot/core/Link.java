package dev.termbot.core;

/** A titled https link to a source. */
public record Link(String title, String url) {
}
