package dev.termbot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link BenchReport} as a table for people: one block per phrase-set size with msgs/s,
 * MB/s and each figure's ratio to the ceiling and to the regex baseline, then accuracy. Stateless.
 */
public final class ReportTable {
    private ReportTable() {
    }

    public static String render(BenchReport report) {
        List<String> lines = new ArrayList<>();
        header(lines, report);
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%8s  %-10s %12s %9s %11s %9s", "phrases", "method", "msgs/s", "MB/s", "vs ceiling", "vs regex"));
        for (SizeResult size : report.sizes()) {
            row(lines, size.phrases() + "", "ceiling", size.ceiling(), size);
            row(lines, "", "contains", size.contains(), size);
            row(lines, "", "regex", size.regex(), size);
            row(lines, "", "detector", size.detector(), size);
            row(lines, "", "core", size.core(), size);
        }
        lines.add("");
        report.sizes().forEach(size -> accuracy(lines, size));
        lines.add("checksum " + report.checksum());
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private static void header(List<String> lines, BenchReport report) {
        lines.add(String.format(Locale.ROOT, "termbot bench: %,d messages (avg %.1f bytes), seed %d, %d CPUs, %s",
                report.messages(), report.averageBytes(), report.seed(), report.cpus(), report.java()));
        lines.add(String.format(Locale.ROOT, "single thread; warm-up %.1f s, median of %d runs of %.1f s",
                report.timing().warmupSeconds(), report.timing().runs(), report.timing().runSeconds()));
        lines.add(String.format(Locale.ROOT, "heap after loading the default glossary and the OpenNLP models: %.1f MB (%.1f MB before)",
                report.startup().heapMb(), report.startup().heapBeforeMb()));
        lines.add(String.format(Locale.ROOT, "start to ready in-process: %.0f ms %s",
                report.startup().readyMillis(), steps(report.startup().stepMillis())));
        lines.add(String.format(Locale.ROOT, "ceiling (read every char): %s msgs/s, %.0f MB/s; contains of one phrase: %s msgs/s",
                rate(report.ceilingMsgsPerSecond()), report.ceilingMbPerSecond(), rate(report.containsOnePhrase().msgsPerSecond())));
        BenchReport.HitCost hit = report.hitCost();
        lines.add(String.format(Locale.ROOT, "message with a hit (%d of them): detector alone %.1f \u00B5s, with stance analysis "
                        + "%.1f \u00B5s per message (%.1fx)", hit.messages(), hit.detectorMicros(), hit.judgedMicros(),
                hit.detectorMicros() == 0 ? 0 : hit.judgedMicros() / hit.detectorMicros()));
    }

    private static void accuracy(List<String> lines, SizeResult size) {
        Accuracy a = size.accuracy();
        lines.add(String.format(Locale.ROOT,
                "%d phrases (%d rules, detector built in %.0f ms): recall %d/%d (%.1f%%; glossary phrases %d/%d), "
                        + "near-miss hits %d/%d, background hits %d",
                size.phrases(), size.rules(), size.buildMillis(), a.found(), a.variants(), 100 * a.recall(),
                a.glossaryFound(), a.glossaryVariants(), a.nearMissHits(), a.nearMisses(), a.backgroundHits()));
        if (!a.missedByKind().isEmpty()) {
            lines.add("  missed by kind: " + a.missedByKind());
        }
        if (!a.falseHitsByKind().isEmpty()) {
            lines.add("  near-miss hits by kind: " + a.falseHitsByKind());
        }
        a.examples().forEach(example -> lines.add("  " + example));
    }

    private static void row(List<String> lines, String phrases, String method, Rate rate, SizeResult size) {
        lines.add(String.format(Locale.ROOT, "%8s  %-10s %12s %9.1f %11s %8.2fx", phrases, method, rate(rate.msgsPerSecond()),
                rate.mbPerSecond(), fraction(rate.ratioTo(size.ceiling())), rate.ratioTo(size.regex())));
    }

    private static String steps(Map<String, Double> steps) {
        List<String> parts = new ArrayList<>();
        steps.forEach((step, millis) -> parts.add(String.format(Locale.ROOT, "%s %.0f", step, millis)));
        return "(" + String.join(" + ", parts) + ")";
    }

    /** "1.23 M", "456 k", "789". */
    static String rate(double perSecond) {
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", perSecond / 1e6);
        }
        if (perSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.1f k", perSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", perSecond);
    }

    /** A ratio below 1 as "1/15" (how the issue states its targets), 1 and above as a plain number. */
    static String fraction(double ratio) {
        if (ratio <= 0) {
            return "0";
        }
        return ratio >= 1 ? String.format(Locale.ROOT, "%.2f", ratio) : String.format(Locale.ROOT, "1/%.1f", 1 / ratio);
    }
}
