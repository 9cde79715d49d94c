package dev.termbot.digest;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Draws a digest's hits per day per term as a stacked bar chart (PNG, via XChart), so moderators
 * see at a glance which days and which terms were busy. The eight busiest terms get their own
 * colour (a palette that colour-blind readers can tell apart); the rest are summed as "other
 * terms". Runs headless: it sets {@code java.awt.headless=true} unless the property was set already.
 *
 * <p>Stateless and thread-safe.
 */
public final class DigestChart {
    static final int WIDTH = 1000;
    static final int HEIGHT = 560;
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

    /** The chart as PNG bytes. */
    public static byte[] png(Digest digest) {
        try {
            return BitmapEncoder.getBitmapBytes(chart(digest), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the digest chart", e);
        }
    }

    static CategoryChart chart(Digest digest) {
        List<LocalDate> dates = digest.period().dates();
        List<Digest.TermSeries> series = digest.hitsPerDay();
        String what = series.isEmpty() ? "No hits in " : "Hits per day per term, ";
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(what + digest.period().label() + ", " + digest.zone().getId())
                .xAxisTitle("Day").yAxisTitle("Hits").build();
        style(chart, dates.size());
        List<String> labels = labels(dates);
        long max = 0;
        for (int i = 0; i < Math.min(OWN_COLOURS, series.size()); i++) {
            chart.addSeries(series.get(i).term(), labels, series.get(i).perDay());
        }
        if (series.size() > OWN_COLOURS) {
            chart.addSeries("other terms", labels, others(series.subList(OWN_COLOURS, series.size()), dates.size()));
        }
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
