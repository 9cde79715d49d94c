package dev.termbot.digest;

import dev.termbot.storage.ActivityCounts;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Draws a digest as one PNG of two charts (via XChart), so moderators see at a glance which days
 * were busy and what the bot made of them. On top, hits per day per term as stacked bars: the
 * eight busiest terms (by display name) get their own colour (a palette that colour-blind readers
 * can tell apart); the rest are summed as "other terms". Below, per day, the notes posted, the
 * hits whose note was held back (suppressed) and the disputed mentions, side by side. Runs
 * headless: it sets {@code java.awt.headless=true} unless the property was set already.
 *
 * <p>Stateless and thread-safe.
 */
public final class DigestChart {
    static final int WIDTH = 1000;
    static final int PANEL_HEIGHT = 470;
    static final int HEIGHT = 2 * PANEL_HEIGHT;
    static final String NOTES = "Notes posted";
    static final String SUPPRESSED = "Suppressed hits";
    static final String DISPUTED = "Disputed mentions";
    /** Notes blue, suppressed orange, disputed vermilion: the same colour-blind-safe palette. */
    private static final Color[] ACTIVITY_COLOURS = {new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00),
        new Color(0xD5, 0x5E, 0x00)};
    private static final int OWN_COLOURS = 8;
    private static final Color[] PALETTE = {
        new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73), new Color(0xD5, 0x5E, 0x00),
        new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9), new Color(0x8C, 0x6D, 0x31), new Color(0x33, 0x33, 0x33),
        new Color(0xA0, 0xA0, 0xA0),
    };

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private DigestChart() {
    }

    /** Both charts, one above the other, as PNG bytes. */
    public static byte[] png(Digest digest) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // XChart's grid of charts: two rows, one column, each chart its own size (both PANEL_HEIGHT high)
            BitmapEncoder.saveBitmap(List.of(chart(digest), activityChart(digest)), 2, 1, out, BitmapEncoder.BitmapFormat.PNG);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the digest chart", e);
        }
    }

    /**
     * The lower chart's data, by series name in drawing order: per day of the period, notes posted,
     * suppressed hits and disputed mentions.
     */
    static Map<String, List<Long>> activitySeries(Digest digest) {
        Map<String, List<Long>> series = new LinkedHashMap<>();
        series.put(NOTES, digest.activityPerDay().stream().map(ActivityCounts::notes).toList());
        series.put(SUPPRESSED, digest.activityPerDay().stream().map(ActivityCounts::suppressed).toList());
        series.put(DISPUTED, digest.activityPerDay().stream().map(ActivityCounts::disputed).toList());
        return series;
    }

    /**
     * The upper chart's data, by legend label in drawing order: the eight busiest terms by display
     * name, then "other terms" when there are more.
     */
    static Map<String, List<Long>> hitSeries(Digest digest) {
        List<Digest.TermSeries> series = digest.hitsPerDay();
        Map<String, List<Long>> labelled = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(OWN_COLOURS, series.size()); i++) {
            // two ids with one display name must not merge into one series: the id tells them apart
            String name = digest.termName(series.get(i).term());
            labelled.put(labelled.containsKey(name) ? name + " (" + series.get(i).term() + ")" : name, series.get(i).perDay());
        }
        if (series.size() > OWN_COLOURS) {
            labelled.put("other terms", others(series.subList(OWN_COLOURS, series.size()), digest.period().days()));
        }
        return labelled;
    }

    static CategoryChart activityChart(Digest digest) {
        List<String> labels = labels(digest.period().dates());
        Map<String, List<Long>> series = activitySeries(digest);
        long max = series.values().stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(0);
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(PANEL_HEIGHT)
                .title("Notes posted, suppressed hits and disputed mentions per day")
                .xAxisTitle("Day").yAxisTitle("Count").build();
        style(chart, labels.size());
        chart.getStyler().setStacked(false);
        chart.getStyler().setSeriesColors(ACTIVITY_COLOURS);
        series.forEach((name, perDay) -> chart.addSeries(name, labels, perDay));
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax((double) Math.max(4, max + (max + 9) / 10));
        return chart;
    }

    static CategoryChart chart(Digest digest) {
        List<LocalDate> dates = digest.period().dates();
        List<Digest.TermSeries> series = digest.hitsPerDay();
        String what = series.isEmpty() ? "No hits in " : "Hits per day per term, ";
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(PANEL_HEIGHT)
                .title(what + digest.period().label() + ", " + digest.zone().getId())
                .xAxisTitle("Day").yAxisTitle("Hits").build();
        style(chart, dates.size());
        List<String> labels = labels(dates);
        long max = 0;
        hitSeries(digest).forEach((label, perDay) -> chart.addSeries(label, labels, perDay));
        for (int day = 0; day < dates.size(); day++) {
            long total = 0;
            for (Digest.TermSeries s : series) {
                total += s.perDay().get(day);
            }
            max = Math.max(max, total);
        }
        if (series.isEmpty()) {
            // XChart needs a series to draw the axes; the title already says there is nothing to show
            chart.addSeries("none", labels, Collections.nCopies(dates.size(), 0L));
            chart.getStyler().setLegendVisible(false);
        }
        // whole-number ticks: hits are counts, and a small maximum would otherwise give 0.5 steps
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax((double) Math.max(4, max + (max + 9) / 10));
        return chart;
    }

    private static void style(CategoryChart chart, int days) {
        Styler styler = chart.getStyler();
        chart.getStyler().setStacked(true);
        chart.getStyler().setOverlapped(false);
        styler.setSeriesColors(PALETTE);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, days > 14 ? 11 : 13));
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setAvailableSpaceFill(0.7);
        if (days > 14) {
            chart.getStyler().setXAxisLabelRotation(90);
        }
    }

    private static List<String> labels(List<LocalDate> dates) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(dates.size() > 14 ? "d MMM" : "EEE d MMM", Locale.ENGLISH);
        return dates.stream().map(format::format).toList();
    }

    private static List<Long> others(List<Digest.TermSeries> rest, int days) {
        List<Long> sums = new ArrayList<>(Collections.nCopies(days, 0L));
        for (Digest.TermSeries series : rest) {
            for (int day = 0; day < days; day++) {
                sums.set(day, sums.get(day) + series.perDay().get(day));
            }
        }
        return sums;
    }
}
