package dev.termbot.detection;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How each character reads to the detector: a letter and the folded (lowercase, NFKC, unaccented,
 * de-homoglyphed) letter it stands for, or which kind of separator it is. The hot loop reads one
 * {@code int} per char: {@code kind << 16 | foldedChar}.
 *
 * <p>ASCII is computed eagerly; every other char is computed on first sight and cached, because
 * normalising all 65,536 BMP chars up front costs most of a second. Thread-safe: a cached entry is a
 * single {@code int} computed deterministically, so a racing thread at worst computes it twice.
 *
 * <p>The kinds are numbered so that the common ones (letters and plain separators) come first: the
 * scanner's hot loop tells "handle inline" from "look closer" with one comparison against
 * {@link #FIRST_RARE_ENTRY}, and a char not yet computed reads as {@link #UNKNOWN}, which is rare too.
 */
final class FoldTable {
    /**
     * A letter or digit that folds to the one char in the low 16 bits. Kind 0, so that an entry is
     * a letter exactly when it is below {@code 1 << 16}.
     */
    static final int LETTER = 0;
    static final int SPACE = 1;
    static final int NEWLINE = 2;
    /** Hyphen, en dash, em dash and their cousins: they join words. */
    static final int DASH = 3;
    /** Emphasis, strike, spoiler and quote marks: transparent between words. */
    static final int MARKUP = 4;
    /** Any other punctuation or symbol (emoji included): it ends a phrase. */
    static final int BREAK = 5;
    /** A letter or digit that folds to several chars (a ligature such as "ﬁ"); see {@link #expansion}. */
    static final int EXPAND = 6;
    /** A combining mark: belongs to the letter before it and contributes nothing. */
    static final int MARK = 7;
    /** Zero-width and formatting chars (soft hyphen, ZWSP, joiners, BOM): ignored everywhere. */
    static final int INVISIBLE = 8;
    /** The first half of a surrogate pair: look at the whole code point. */
    static final int SURROGATE = 9;
    /**
     * A hash sign: it ends a phrase like {@link #BREAK}, but a message with one may hold hashtags,
     * whose joined words ({@code #DistillationAttack}) {@link JoinedWords} reads.
     */
    static final int HASH = 10;
    /** Not computed yet: only ever in the raw table, never returned by {@link #entry}. */
    static final int UNKNOWN = 11;
    /** Entries at or above this are of a rare kind (or unknown). */
    static final int FIRST_RARE_ENTRY = EXPAND << 16;

    private static final String MARKUP_CHARS = "*_~|`\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E\u201A";
    private static final int CACHE_LIMIT = 4096;
    private static final int[] BMP = new int[65536];
    private static final int UNKNOWN_ENTRY = UNKNOWN << 16;
    private static final Map<Integer, Integer> SUPPLEMENTARY = new ConcurrentHashMap<>();
    private static final Map<Integer, String> EXPANSIONS = new ConcurrentHashMap<>();

    static {
        java.util.Arrays.fill(BMP, UNKNOWN_ENTRY);
        for (char c = 0; c < 128; c++) {
            BMP[c] = compute(c);
        }
    }

    private FoldTable() {
    }

    static int kind(int entry) {
        return entry >>> 16;
    }

    /** The entry of one UTF-16 char; a high surrogate answers {@link #SURROGATE}. */
    static int entry(char c) {
        int e = BMP[c];
        if (e == UNKNOWN_ENTRY) {
            e = compute(c);
            BMP[c] = e;
        }
        return e;
    }

    /**
     * The table itself, for the scanner's hot loop, which must not modify it. An entry may still be
     * {@link #UNKNOWN}; {@link #entry} computes it.
     */
    static int[] raw() {
        return BMP;
    }

    /** The entry of a supplementary code point (emoji, mathematical letters, other scripts). */
    static int codePointEntry(int codePoint) {
        if (codePoint >= 0x1F200 && codePoint <= 0x1FAFF) {
            return BREAK << 16; // emoji and pictographs: by far the most common, so no lookup
        }
        Integer cached = SUPPLEMENTARY.get(codePoint);
        if (cached != null) {
            return cached;
        }
        int e = compute(codePoint);
        if (SUPPLEMENTARY.size() < CACHE_LIMIT) { // a flood of distinct code points must not grow memory
            SUPPLEMENTARY.put(codePoint, e);
        }
        return e;
    }

    /** The folded chars of an {@link #EXPAND} code point. */
    static String expansion(int codePoint) {
        String cached = EXPANSIONS.get(codePoint);
        if (cached != null) {
            return cached;
        }
        String folded = fold(codePoint);
        if (EXPANSIONS.size() < CACHE_LIMIT) {
            EXPANSIONS.put(codePoint, folded);
        }
        return folded;
    }

    private static int compute(int cp) {
        if (cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
            return NEWLINE << 16;
        }
        if (cp <= 0xFFFF && Character.isSurrogate((char) cp)) {
            // a low surrogate seen on its own is half a character: it can only end a phrase
            return Character.isHighSurrogate((char) cp) ? SURROGATE << 16 : BREAK << 16;
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT || isHangulFiller(cp)) {
            return INVISIBLE << 16;
        }
        if (isMark(type)) {
            return MARK << 16;
        }
        if (Character.isWhitespace(cp) || type == Character.SPACE_SEPARATOR || cp == 0x2800) {
            return SPACE << 16;
        }
        String folded = fold(cp);
        if (folded.isEmpty()) {
            return INVISIBLE << 16;
        }
        if (type == Character.OTHER_SYMBOL && folded.length() > 1) {
            // a sign that compatibility spells with letters (™ "TM", ℠ "SM", ㎏ "kg") is a mark
            // after a word, not letters of it; a circled letter (Ⓐ) still reads as its one letter
            return BREAK << 16;
        }
        if (folded.codePoints().allMatch(Character::isLetterOrDigit)) {
            return folded.length() == 1 ? LETTER << 16 | folded.charAt(0) : EXPAND << 16;
        }
        int shown = folded.codePointCount(0, folded.length()) == 1 ? folded.codePointAt(0) : cp;
        if (shown == '#') {
            return HASH << 16;
        }
        if (Character.getType(shown) == Character.DASH_PUNCTUATION || shown == 0x2212 || shown == 0x2043) {
            return DASH << 16;
        }
        return MARKUP_CHARS.indexOf(shown) >= 0 ? MARKUP << 16 : BREAK << 16;
    }

    /**
     * NFKC (fullwidth letters, ligatures, mathematical letters), Latin look-alikes, lowercase, then
     * accents and other combining marks removed.
     */
    static String fold(int cp) {
        String compat = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        StringBuilder lower = new StringBuilder(compat.length());
        compat.codePoints().forEach(c -> lower.appendCodePoint(latinOr(c, Character.toLowerCase(c))));
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder bare = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(c -> !isMark(Character.getType(c)))
                .forEach(c -> bare.appendCodePoint(latinOr(c, c)));
        return Normalizer.normalize(bare, Normalizer.Form.NFC);
    }

    private static int latinOr(int cp, int otherwise) {
        int latin = Homoglyphs.latinFor(cp);
        return latin >= 0 ? latin : otherwise;
    }

    private static boolean isMark(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isHangulFiller(int cp) {
        // rendered as blank space although Unicode calls them letters: a known way to split words invisibly
        return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
    }
}
