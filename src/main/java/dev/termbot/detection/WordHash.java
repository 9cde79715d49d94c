package dev.termbot.detection;

/** A 64-bit hash of folded chars, shared by the word table and the typo index. Stateless. */
final class WordHash {
    private WordHash() {
    }

    /** Hash of {@code w[from, to)}, salted so that the same chars can key different tables. */
    static long of(char[] w, int from, int to, long salt) {
        long h = 0xCBF29CE484222325L ^ salt;
        for (int k = from; k < to; k++) {
            h = (h ^ w[k]) * 0x100000001B3L; // FNV-1a
        }
        return mix(h);
    }

    /** MurmurHash3's finaliser: FNV's low bits are weak, table slots and filter bits need good ones. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
