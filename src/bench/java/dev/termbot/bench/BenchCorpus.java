package dev.termbot.bench;

import java.util.Arrays;
import java.util.List;

/**
 * A generated corpus: the messages, the plants in them, and the UTF-8 size of every prefix (so
 * that any slice's MB/s is exact without re-encoding).
 *
 * <p>Immutable and thread-safe.
 */
final class BenchCorpus {
    private final String[] messages;
    private final List<Plant> plants;
    private final Plant[] plantAt;
    private final long[] bytesBefore;

    BenchCorpus(List<String> messages, List<Plant> plants) {
        this.messages = messages.toArray(String[]::new);
        this.plants = List.copyOf(plants);
        this.plantAt = new Plant[this.messages.length];
        plants.forEach(plant -> plantAt[plant.index()] = plant);
        this.bytesBefore = new long[this.messages.length + 1];
        for (int i = 0; i < this.messages.length; i++) {
            bytesBefore[i + 1] = bytesBefore[i] + utf8Length(this.messages[i]);
        }
    }

    int size() {
        return messages.length;
    }

    String message(int index) {
        return messages[index];
    }

    /** The messages, shared: callers must not modify the array. */
    String[] messages() {
        return messages;
    }

    List<Plant> plants() {
        return plants;
    }

    /** The plant in this message, or null for a background message. */
    Plant plantAt(int index) {
        return plantAt[index];
    }

    /** UTF-8 bytes of messages {@code [from, to)}. */
    long bytes(int from, int to) {
        return bytesBefore[to] - bytesBefore[from];
    }

    long totalBytes() {
        return bytesBefore[messages.length];
    }

    double averageBytes() {
        return messages.length == 0 ? 0 : (double) totalBytes() / messages.length;
    }

    long variants() {
        return plants.stream().filter(Plant::variant).count();
    }

    long nearMisses() {
        return plants.size() - variants();
    }

    /** Whether two corpora hold the same messages (determinism checks). */
    boolean sameMessagesAs(BenchCorpus other) {
        return Arrays.equals(messages, other.messages);
    }

    static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
