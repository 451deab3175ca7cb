package io.github.relata.bench.perf;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Draws the README's charts as SVG text: grouped bars (nDCG@10 per corpus and method) and lines over a
 * logarithmic x axis (query latency against corpus size). Every text is escaped; the result is a
 * standalone, well-formed SVG document.
 */
final class SvgChart {

  static final int WIDTH = 760;
  static final int HEIGHT = 440;
  private static final int LEFT = 70;
  private static final int RIGHT = 170;
  private static final int TOP = 50;
  private static final int BOTTOM = 70;
  private static final List<String> COLOURS = List.of("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1");

  /**
   * One named series of values.
   *
   * @param name the legend text
   * @param values one value per category (bars) or per x (lines); NaN where there is none
   */
  record Series(String name, double[] values) {
    Series {
      Objects.requireNonNull(name, "name");
      values = values.clone();
    }
  }

  private SvgChart() {}

  /**
   * Returns a grouped bar chart: one group per category, one bar per series, the value above each bar.
   *
   * @param title the chart title
   * @param yLabel the y axis label
   * @param categories the group labels
   * @param series the bars, each with one value per category
   */
  static String bars(String title, String yLabel, List<String> categories, List<Series> series) {
    double max = niceMax(series.stream().flatMapToDouble(s -> Arrays.stream(s.values())).filter(Double::isFinite).max().orElse(1));
    StringBuilder svg = start(title);
    axes(svg, yLabel, max);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double group = plotWidth / Math.max(1, categories.size());
    double bar = group * 0.8 / Math.max(1, series.size());
    for (int c = 0; c < categories.size(); c++) {
      double groupLeft = LEFT + c * group + group * 0.1;
      for (int s = 0; s < series.size(); s++) {
        double value = c < series.get(s).values().length ? series.get(s).values()[c] : Double.NaN;
        if (!Double.isFinite(value)) {
          continue;
        }
        double x = groupLeft + s * bar;
        double y = yOf(value, max);
        svg.append(String.format(Locale.ROOT, "  <rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
            x, y, bar - 2, HEIGHT - BOTTOM - y, colour(s)));
        text(svg, x + (bar - 2) / 2, y - 4, "middle", 10, String.format(Locale.ROOT, "%.3f", value));
      }
      text(svg, LEFT + c * group + group / 2, HEIGHT - BOTTOM + 18, "middle", 12, categories.get(c));
    }
    legend(svg, series);
    return svg.append("</svg>\n").toString();
  }

  /**
   * Returns a line chart over a logarithmic x axis, with a point and its value at each x.
   *
   * @param title the chart title
   * @param xLabel the x axis label
   * @param yLabel the y axis label
   * @param xs the x values, positive and ascending; each is a tick
   * @param series the lines, each with one y per x (NaN where not measured)
   */
  static String lines(String title, String xLabel, String yLabel, double[] xs, List<Series> series) {
    double max = niceMax(series.stream().flatMapToDouble(s -> Arrays.stream(s.values())).filter(Double::isFinite).max().orElse(1));
    StringBuilder svg = start(title);
    axes(svg, yLabel, max);
    double low = Math.log10(xs[0]) - 0.15;
    double high = Math.log10(xs[xs.length - 1]) + 0.15;
    double plotWidth = WIDTH - LEFT - RIGHT;
    double[] px = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      px[i] = LEFT + (Math.log10(xs[i]) - low) / (high - low) * plotWidth;
      svg.append(String.format(Locale.ROOT, "  <line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>%n", px[i], HEIGHT - BOTTOM, px[i], HEIGHT - BOTTOM + 5));
      text(svg, px[i], HEIGHT - BOTTOM + 18, "middle", 12, sizeLabel(xs[i]));
    }
    text(svg, LEFT + plotWidth / 2, HEIGHT - BOTTOM + 42, "middle", 12, xLabel);
    for (int s = 0; s < series.size(); s++) {
      double[] ys = series.get(s).values();
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < xs.length && i < ys.length; i++) {
        if (!Double.isFinite(ys[i])) {
          continue;
        }
        path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", px[i], yOf(ys[i], max)));
      }
      if (path.length() > 0) {
        svg.append(String.format(Locale.ROOT, "  <path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", path, colour(s)));
      }
      for (int i = 0; i < xs.length && i < ys.length; i++) {
        if (Double.isFinite(ys[i])) {
          double y = yOf(ys[i], max);
          svg.append(String.format(Locale.ROOT, "  <circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>%n", px[i], y, colour(s)));
          text(svg, px[i] + 6, y - 6, "start", 10, PerformanceTable.number(ys[i]));
        }
      }
    }
    legend(svg, series);
    boolean missing = series.stream().anyMatch(s -> s.values().length < xs.length
        || Arrays.stream(s.values()).anyMatch(v -> !Double.isFinite(v)));
    if (missing) {
      text(svg, WIDTH - RIGHT + 20, TOP + 20 + series.size() * 22, "start", 10, "missing point: not measured");
    }
    return svg.append("</svg>\n").toString();
  }

  /** Returns {@code 10k}, {@code 100k}, {@code 1M} and the like. */
  static String sizeLabel(double x) {
    if (x >= 1e6 && x % 1e6 == 0) {
      return String.format(Locale.ROOT, "%.0fM", x / 1e6);
    }
    if (x >= 1e3 && x % 1e3 == 0) {
      return String.format(Locale.ROOT, "%.0fk", x / 1e3);
    }
    return PerformanceTable.number(x);
  }

  private static StringBuilder start(String title) {
    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">%n",
        WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append("  <title>").append(escape(title)).append("</title>\n");
    svg.append(String.format(Locale.ROOT, "  <rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
    text(svg, WIDTH / 2.0, 28, "middle", 16, title);
    return svg;
  }

  private static void axes(StringBuilder svg, String yLabel, double max) {
    double step = max / 5;
    for (int i = 0; i <= 5; i++) {
      double value = i * step;
      double y = yOf(value, max);
      svg.append(String.format(Locale.ROOT, "  <line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>%n",
          LEFT, y, WIDTH - RIGHT, y, i == 0 ? "#333" : "#ddd"));
      text(svg, LEFT - 6, y + 4, "end", 11, tick(value, step));
    }
    svg.append(String.format(Locale.ROOT, "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", LEFT, TOP, LEFT, HEIGHT - BOTTOM));
    double middle = (TOP + HEIGHT - BOTTOM) / 2.0;
    svg.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 %d %.1f)\">%s</text>%n",
        18, middle, 18, middle, escape(yLabel)));
  }

  private static void legend(StringBuilder svg, List<Series> series) {
    int x = WIDTH - RIGHT + 20;
    for (int s = 0; s < series.size(); s++) {
      int y = TOP + 10 + s * 22;
      svg.append(String.format(Locale.ROOT, "  <rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>%n", x, y - 11, colour(s)));
      text(svg, x + 20, y, "start", 12, series.get(s).name());
    }
  }

  private static void text(StringBuilder svg, double x, double y, String anchor, int size, String text) {
    svg.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\">%s</text>%n",
        x, y, size, anchor, escape(text)));
  }

  private static double yOf(double value, double max) {
    return HEIGHT - BOTTOM - value / max * (HEIGHT - TOP - BOTTOM);
  }

  private static String colour(int series) {
    return COLOURS.get(series % COLOURS.size());
  }

  /** Returns the smallest "round" axis maximum (5 steps of 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) at least {@code max}. */
  static double niceMax(double max) {
    if (!(max > 0)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(max / 5)));
    for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
      if (m * power * 5 >= max * (1 - 1e-9)) {
        return m * power * 5;
      }
    }
    return 10 * power * 5;
  }

  /** Formats a tick value with as many decimals as the step needs (at most four). */
  static String tick(double value, double step) {
    int decimals = 0;
    while (decimals < 4 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6) {
      decimals++;
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /**
   * Escapes text for SVG (XML) content and attribute values: Commons Text's XML 1.0 escaping, which also
   * drops the characters XML 1.0 does not allow.
   */
  static String escape(String text) {
    return StringEscapeUtils.escapeXml10(text);
  }
}
