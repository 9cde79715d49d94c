package dev.termbot.detection;

import java.util.Locale;
import java.util.Set;

/**
 * Tokens that name things rather than say them: {@code @mentions} and e-mail addresses,
 * {@code #hashtags} and channel names, identifiers ({@code distillation_attack_v2}), paths
 * ({@code /data/distillation-attack/}), file names ({@code distillation-attack.md}) and bare
 * domains with a path ({@code example.com/distillation-attack}). A heading's {@code "# "} is not a
 * hashtag, and a hyphenated phrase ({@code Distillation-Attack}) is prose.
 *
 * <p>Stateless and thread-safe; linear in the text length.
 */
final class CodeLikeTokens {
    private static final Set<String> FILE_EXTENSIONS = Set.of(
            "csv", "tsv", "json", "jsonl", "yaml", "yml", "toml", "xml", "html", "htm", "md", "txt", "log",
            "py", "ipynb", "js", "ts", "java", "kt", "go", "rs", "rb", "sh", "c", "h", "cpp", "pdf", "png",
            "jpg", "jpeg", "gif", "svg", "zip", "gz", "tar", "parquet", "arrow", "bin", "pt", "pth", "ckpt",
            "safetensors", "gguf", "onnx", "h5", "pkl", "npz", "npy", "sql", "db", "docx", "pptx", "xlsx");

    private CodeLikeTokens() {
    }

    static void exclude(String t, ExcludedRanges out) {
        mentionsAndHashtags(t, out);
        identifierRuns(t, out);
    }

    private static void mentionsAndHashtags(String t, ExcludedRanges out) {
        for (int i = t.indexOf('@'); i >= 0; i = t.indexOf('@', i + 1)) {
            int left = i;
            while (left > 0 && isNameChar(t.charAt(left - 1))) {
                left--;
            }
            int right = nameEnd(t, i + 1);
            if (right > i + 1) {
                out.add(left, right);
            }
        }
        for (int i = t.indexOf('#'); i >= 0; i = t.indexOf('#', i + 1)) {
            if (i + 1 < t.length() && Character.isLetter(t.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)) && t.charAt(i - 1) != '&')) {
                out.add(i, nameEnd(t, i + 1));
            }
        }
    }

    private static int nameEnd(String t, int i) {
        while (i < t.length() && isNameChar(t.charAt(i))) {
            i++;
        }
        while (i > 0 && ".-".indexOf(t.charAt(i - 1)) >= 0) {
            i--; // "ask @anna." ends the name before the full stop
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return isWordChar(c) || c == '.' || c == '_' || c == '-' || c == '+';
    }

    /**
     * Maximal runs of word chars joined by {@code _ - . / \}, judged as a whole. Only runs with one
     * of {@code _ . / \} can name a thing, so only those are looked at.
     */
    private static void identifierRuns(String t, ExcludedRanges out) {
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c != '_' && c != '.' && c != '/' && c != '\\') {
                i++;
                continue;
            }
            int start = i;
            while (start > 0 && isRunChar(t.charAt(start - 1))) {
                start--;
            }
            while (i < t.length() && isRunChar(t.charAt(i))) {
                i++;
            }
            int end = i;
            while (end > start && ".-".indexOf(t.charAt(end - 1)) >= 0) {
                end--; // sentence punctuation after the run
            }
            if (end <= start) {
                i++;
            } else if (isDomainWithPath(t, start, end)) {
                out.add(start, ProseExtractor.urlEnd(t, start));
            } else if (isIdentifier(t, start, end)) {
                out.add(start, end);
            }
        }
    }

    private static boolean isIdentifier(String t, int start, int end) {
        int slashes = 0;
        for (int k = start; k < end; k++) {
            char c = t.charAt(k);
            boolean inner = k > start && k + 1 < end && isWordChar(t.charAt(k - 1)) && isWordChar(t.charAt(k + 1));
            if ((c == '_' || c == '\\') && inner) {
                return true;
            }
            slashes += c == '/' ? 1 : 0;
        }
        boolean rooted = t.charAt(start) == '/' || t.startsWith("./", start) || t.startsWith("../", start)
                || start > 0 && t.charAt(start - 1) == '~';
        if (slashes > 0 && (rooted || slashes >= 2 || t.charAt(end - 1) == '/')) {
            return true;
        }
        int dot = lastIndexIn(t, '.', start, end);
        return dot > start && isWordChar(t.charAt(dot - 1))
                && FILE_EXTENSIONS.contains(t.substring(dot + 1, end).toLowerCase(Locale.ROOT));
    }

    /** {@code example.com/...}: a dotted host with a letter top-level domain, then a slash. */
    private static boolean isDomainWithPath(String t, int start, int end) {
        int slash = start;
        while (slash < end && t.charAt(slash) != '/') {
            slash++;
        }
        int dot = lastIndexIn(t, '.', start, slash);
        if (slash == end || dot <= start || slash - dot < 3) {
            return false;
        }
        for (int k = dot + 1; k < slash; k++) {
            if (!Character.isLetter(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The last {@code c} in {@code t[from, to)}, or -1; bounded so that many runs stay linear. */
    private static int lastIndexIn(String t, char c, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (t.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isRunChar(char c) {
        return isWordChar(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == '\\';
    }

    /** Letters and digits as the detector sees them (homoglyphs, marks and zero-width chars included). */
    private static boolean isWordChar(char c) {
        int kind = FoldTable.kind(FoldTable.entry(c));
        return kind == FoldTable.LETTER || kind == FoldTable.EXPAND || kind == FoldTable.MARK
                || kind == FoldTable.INVISIBLE || kind == FoldTable.SURROGATE || Character.isLowSurrogate(c);
    }
}
