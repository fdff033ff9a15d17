package org.sitrep.report;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** The report's charts, rendered headless to PNG with XChart. */
final class Charts {
    private Charts() {
    }

    static byte[] articlesPerDay(SortedMap<LocalDate, Integer> perDay) {
        CategoryChart chart = new CategoryChartBuilder().width(900).height(320).title("Articles per day")
                .xAxisTitle("").yAxisTitle("articles").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setLabelsRotation(60);
        chart.getStyler().setXAxisTickMarkSpacingHint(60);
        List<String> days = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        perDay.forEach((d, n) -> {
            days.add(d.toString());
            counts.add(n);
        });
        if (days.isEmpty()) {
            days.add("none");
            counts.add(0);
        }
        chart.addSeries("articles", days, counts);
        return png(chart);
    }

    static byte[] mentionsPerWeek(Map<String, SortedMap<LocalDate, Integer>> byActor) {
        XYChart chart = new XYChartBuilder().width(900).height(320).title("Mentions of the main actors per week")
                .xAxisTitle("").yAxisTitle("mentions").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        int series = 0;
        for (Map.Entry<String, SortedMap<LocalDate, Integer>> e : byActor.entrySet()) {
            List<Date> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            e.getValue().forEach((d, n) -> {
                x.add(Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()));
                y.add(n);
            });
            if (!x.isEmpty()) {
                chart.addSeries(e.getKey(), x, y);
                series++;
            }
        }
        if (series == 0) {
            chart.addSeries("none", new double[]{0}, new double[]{0});
        }
        return png(chart);
    }

    private static byte[] png(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
