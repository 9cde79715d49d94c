package dev.termbot.detection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every watched phrase (and every exception) as a path of word-form ids, one trie for all rules.
 * A node reached after the last word of a phrase carries that phrase's entries.
 *
 * <p>Root edges are a plain array indexed by form id (every candidate word asks the root); deeper
 * edges sit in an open-addressing table keyed by {@code node << 32 | form}. Immutable and
 * thread-safe.
 */
final class PhraseTrie {
    static final int ROOT = 0;
    /** Returned by {@link #child} when there is no edge. */
    static final int NONE = 0;
    private static final int[] NO_IDS = new int[0];

    private final int[] rootChild;
    private final long[] edgeKeys;
    private final int[] edgeChild;
    private final int edgeMask;
    private final int[][] entries;
    private final boolean[] hasChildren;

    private PhraseTrie(int[] rootChild, long[] edgeKeys, int[] edgeChild, int[][] entries, boolean[] hasChildren) {
        this.rootChild = rootChild;
        this.edgeKeys = edgeKeys;
        this.edgeChild = edgeChild;
        this.edgeMask = edgeKeys.length - 1;
        this.entries = entries;
        this.hasChildren = hasChildren;
    }

    /** The node reached from {@code node} over {@code form}, or {@link #NONE}. */
    int child(int node, int form) {
        if (node == ROOT) {
            return rootChild[form];
        }
        long key = (long) node << 32 | form;
        for (int slot = slotOf(key, edgeMask); edgeKeys[slot] != 0; slot = (slot + 1) & edgeMask) {
            if (edgeKeys[slot] == key) {
                return edgeChild[slot];
            }
        }
        return NONE;
    }

    /** Edge keys are small numbers in two halves: mixed (murmur's finaliser) so that neighbours spread. */
    private static int slotOf(long edge, int mask) {
        long h = edge;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return (int) (h ^ (h >>> 33)) & mask;
    }

    /** Entry ids of the phrases that end at {@code node}; empty when none does. */
    int[] entries(int node) {
        return entries[node];
    }

    /** Whether some phrase continues after {@code node}. */
    boolean hasChildren(int node) {
        return hasChildren[node];
    }

    /** Collects paths, then freezes them into a {@link PhraseTrie}. Not thread-safe. */
    static final class Builder {
        private final List<Map<Integer, Integer>> edges = new ArrayList<>();
        private final List<Set<Integer>> ends = new ArrayList<>();

        Builder() {
            newNode();
        }

        /** Adds one path of form ids ending in {@code entry}. */
        void add(int[] forms, int entry) {
            int node = ROOT;
            for (int form : forms) {
                Integer next = edges.get(node).get(form);
                if (next == null) {
                    next = newNode();
                    edges.get(node).put(form, next);
                }
                node = next;
            }
            ends.get(node).add(entry);
        }

        PhraseTrie build(int formCount) {
            int nodes = edges.size();
            int[] rootChild = new int[formCount];
            edges.get(ROOT).forEach((form, child) -> rootChild[form] = child);
            int deepEdges = edges.stream().skip(1).mapToInt(Map::size).sum();
            int slots = Integer.highestOneBit(Math.max(4, deepEdges) * 4 - 1);
            long[] keys = new long[slots];
            int[] children = new int[slots];
            int[][] entries = new int[nodes][];
            boolean[] hasChildren = new boolean[nodes];
            for (int node = 0; node < nodes; node++) {
                entries[node] = toArray(ends.get(node));
                hasChildren[node] = !edges.get(node).isEmpty();
                if (node != ROOT) {
                    for (Map.Entry<Integer, Integer> edge : edges.get(node).entrySet()) {
                        long key = (long) node << 32 | edge.getKey();
                        int slot = slotOf(key, slots - 1);
                        while (keys[slot] != 0) {
                            slot = (slot + 1) & (slots - 1);
                        }
                        keys[slot] = key;
                        children[slot] = edge.getValue();
                    }
                }
            }
            return new PhraseTrie(rootChild, keys, children, entries, hasChildren);
        }

        private int newNode() {
            edges.add(new LinkedHashMap<>());
            ends.add(new LinkedHashSet<>());
            return edges.size() - 1;
        }

        private static int[] toArray(Set<Integer> ids) {
            return ids.isEmpty() ? NO_IDS : ids.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
