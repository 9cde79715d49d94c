package dev.termbot.digest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The renderings of a digest: text and Markdown for people, JSON for tools, PNG for a chart. */
public enum DigestFormat {
    TEXT, MARKDOWN, JSON, PNG;

    /** Reads "text", "markdown" (or "md"), "json" or "png", case-insensitively. */
    public static DigestFormat parse(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (key.equals("md")) {
            return MARKDOWN;
        }
        return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "' (expected one of "
                        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")"));
    }

    /** The rendered bytes (UTF-8 for the text formats). */
    public byte[] render(Digest digest) {
        return switch (this) {
            case TEXT -> DigestText.render(digest).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> DigestMarkdown.render(digest).getBytes(StandardCharsets.UTF_8);
            case JSON -> DigestJson.render(digest).getBytes(StandardCharsets.UTF_8);
            case PNG -> DigestChart.png(digest);
        };
    }

    public boolean isBinary() {
        return this == PNG;
    }
}
