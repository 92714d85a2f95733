package org.cablearchive.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * {@code ScaleChart RESULTS_DIR OUT_DIR}: the cost curve. Reads the {@code summary.json} of every
 * {@code scale-N} folder a {@code bench/run --scale} left, and writes {@code scale.md} (each cost at each
 * size, and how fast it grows from one size to the next) and {@code scale.svg} (time against cables, both
 * axes logarithmic). A figure a step did not measure is left out, never drawn as zero.
 */
public final class ScaleChart {
  private static final int WIDTH = 760;
  private static final int HEIGHT = 480;
  private static final int LEFT = 80;
  private static final int RIGHT = 250;
  private static final int TOP = 40;
  private static final int BOTTOM = 60;

  /** One cost drawn against the number of cables, in seconds. */
  record Series(String name, String colour, boolean dashed, ToDoubleFunction<JsonNode> seconds) {}

  static final List<Series> SERIES = List.of(
      new Series("import, archive", "#1f77b4", false, s -> s.path("importSeconds").path("archive").asDouble(-1)),
      new Series("import, bare Lucene", "#1f77b4", true, s -> s.path("importSeconds").path("bareLucene").asDouble(-1)),
      new Series("import, SQLite FTS5", "#7f7f7f", true, s -> s.path("importSeconds").path("sqlite").asDouble(-1)),
      new Series("related lists, archive", "#17becf", false, s -> s.path("relatedSeconds").asDouble(-1)),
      new Series("query p99, archive", "#d62728", false, s -> ms(s.path("query_p99").path("archive"))),
      new Series("query p50, archive", "#ff7f0e", false, s -> ms(s.path("query_p50").path("archive"))),
      new Series("query p50, SQLite FTS5", "#7f7f7f", false, s -> ms(s.path("query_p50").path("sqlite"))),
      new Series("cable page, first view (1 / req/s)", "#2ca02c", false,
          s -> perRequest(s.path("cableFirstViewPageRequestsPerSecond"))),
      new Series("server start until it answers", "#9467bd", false, s -> s.path("serveStartSeconds").asDouble(-1)));

  private ScaleChart() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ScaleChart RESULTS_DIR OUT_DIR");
      System.exit(2);
    }
    List<JsonNode> points = points(Path.of(args[0]));
    if (points.isEmpty()) {
      System.err.println("ScaleChart: no scale-N/summary.json under " + args[0] + "; run bench/run --scale first");
      System.exit(1);
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    Files.writeString(out.resolve("scale.md"), table(points));
    Files.writeString(out.resolve("scale.svg"), svg(points));
    System.out.print(table(points));
  }

  /** The summaries of the cost curve's corpora, smallest first. */
  static List<JsonNode> points(Path results) throws IOException {
    List<JsonNode> points = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(results)) {
      for (Path dir : dirs.filter(d -> d.getFileName().toString().matches("scale-\\d+")).toList()) {
        Path summary = dir.resolve("summary.json");
        if (Files.isRegularFile(summary)) {
          points.add(JsonFile.read(summary));
        }
      }
    }
    points.sort(Comparator.comparingLong(p -> p.path("cables").asLong()));
    return points;
  }

  private static double ms(JsonNode node) {
    double value = node.asDouble(-1);
    return value < 0 ? -1 : value / 1000;
  }

  private static double perRequest(JsonNode node) {
    double value = node.asDouble(-1);
    return value <= 0 ? -1 : 1 / value;
  }

  static String table(List<JsonNode> points) {
    StringBuilder md = new StringBuilder("| Cables | Import archive / bare Lucene / SQLite (s) | Index archive / bare Lucene / SQLite (MB)"
        + " | Peak RSS of the import, archive / bare Lucene / SQLite (MB) | Query p50 / p99, archive (ms) | Query p50, SQLite (ms)"
        + " | First views (req/s) | Start (s) | Load average at the start |\n|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (JsonNode p : points) {
      md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s / %s | %s | %s | %s | %s |%n", p.path("cables").asLong(),
          three(p.path("importSeconds"), "%.1f"), three(p.path("indexMB"), "%,.0f"), three(p.path("importPeakRssMB"), "%,.0f"),
          cell(p.path("query_p50").path("archive"), "%.2f"), cell(p.path("query_p99").path("archive"), "%.2f"),
          cell(p.path("query_p50").path("sqlite"), "%.1f"), cell(p.path("cableFirstViewPageRequestsPerSecond"), "%,.0f"),
          cell(p.path("serveStartSeconds"), "%.2f"), p.path("loadAverage").asText("—")));
    }
    if (points.size() > 1) {
      md.append("\nGrowth: each cost as cables^k between one size and the next (k = 1 grows as the corpus does)\n\n| Cost |");
      for (int i = 1; i < points.size(); i++) {
        md.append(String.format(Locale.ROOT, " %,d → %,d |", points.get(i - 1).path("cables").asLong(), points.get(i).path("cables").asLong()));
      }
      md.append("\n|---|").append("---:|".repeat(points.size() - 1)).append('\n');
      for (Series series : SERIES) {
        md.append("| ").append(series.name()).append(" |");
        for (int i = 1; i < points.size(); i++) {
          double k = exponent(points.get(i - 1), points.get(i), series.seconds());
          md.append(Double.isNaN(k) ? " — |" : String.format(Locale.ROOT, " %.2f |", k));
        }
        md.append('\n');
      }
    }
    return md.toString();
  }

  /** k in cost ∝ cables^k between two sizes, or NaN when either was not measured. */
  static double exponent(JsonNode a, JsonNode b, ToDoubleFunction<JsonNode> cost) {
    double ca = cost.applyAsDouble(a);
    double cb = cost.applyAsDouble(b);
    if (ca <= 0 || cb <= 0) {
      return Double.NaN;
    }
    return Math.log(cb / ca) / Math.log((double) b.path("cables").asLong() / a.path("cables").asLong());
  }

  private static String three(JsonNode node, String format) {
    return cell(node.path("archive"), format) + " / " + cell(node.path("bareLucene"), format) + " / " + cell(node.path("sqlite"), format);
  }

  private static String cell(JsonNode node, String format) {
    double value = node.asDouble(-1);
    return value < 0 ? "—" : String.format(Locale.ROOT, format, value);
  }

  /** Time against cables on log axes: one decade a grid line, each series a line through its points. */
  static String svg(List<JsonNode> points) {
    double minX = Math.floor(Math.log10(points.get(0).path("cables").asDouble()));
    double maxX = Math.ceil(Math.log10(points.get(points.size() - 1).path("cables").asDouble()));
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (JsonNode p : points) {
      for (Series series : SERIES) {
        double v = series.seconds().applyAsDouble(p);
        if (v > 0) {
          minY = Math.min(minY, Math.floor(Math.log10(v)));
          maxY = Math.max(maxY, Math.ceil(Math.log10(v)));
        }
      }
    }
    if (maxX == minX) {
      maxX++;
    }
    if (minY > maxY) {
      minY = -3;
      maxY = 0;
    } else if (minY == maxY) {
      maxY++;
    }
    Axes axes = new Axes(minX, maxX, minY, maxY);
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n"
            + "<title>Cable Archive: cost against the number of cables (log axes)</title>%n"
            + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    grid(svg, axes);
    int legend = 0;
    for (Series series : SERIES) {
      List<double[]> line = new ArrayList<>();
      for (JsonNode p : points) {
        double v = series.seconds().applyAsDouble(p);
        if (v > 0) {
          line.add(new double[] {axes.x(Math.log10(p.path("cables").asDouble())), axes.y(Math.log10(v))});
        }
      }
      if (line.isEmpty()) {
        continue;
      }
      StringBuilder path = new StringBuilder();
      for (double[] xy : line) {
        path.append(path.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", xy[0], xy[1]));
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", xy[0], xy[1], series.colour()));
      }
      svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
          path, series.colour(), series.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
      int ly = TOP + 10 + legend++ * 20;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>"
              + "<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 15, ly, WIDTH - RIGHT + 40, ly, series.colour(),
          series.dashed() ? " stroke-dasharray=\"6 4\"" : "", WIDTH - RIGHT + 46, ly + 4, series.name()));
    }
    return svg.append("</svg>\n").toString();
  }

  private static void grid(StringBuilder svg, Axes axes) {
    for (int d = (int) axes.minX(); d <= axes.maxX(); d++) {
      double x = axes.x(d);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
          + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, TOP, x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 18, count(d)));
    }
    for (int d = (int) axes.minY(); d <= axes.maxY(); d++) {
      double y = axes.y(d);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
          + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, y, WIDTH - RIGHT, y, LEFT - 6, y + 4, duration(d)));
    }
    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#333\"/>%n"
            + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">cables in the archive</text>%n"
            + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"14\">Cost against size (log axes)</text>%n",
        LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM, (WIDTH - RIGHT + LEFT) / 2, HEIGHT - 18, (WIDTH - RIGHT + LEFT) / 2, 24));
  }

  /** 10^d cables, written out: 10,000 or 1,000,000. */
  static String count(int decade) {
    return String.format(Locale.ROOT, "%,d", (long) Math.pow(10, decade));
  }

  /** 10^d seconds in the unit that reads best: 100 µs, 10 ms, 1 s, 1,000 s. */
  static String duration(int decade) {
    if (decade < -3) {
      return (long) Math.pow(10, decade + 6) + " µs";
    }
    if (decade < 0) {
      return (long) Math.pow(10, decade + 3) + " ms";
    }
    return String.format(Locale.ROOT, "%,d s", (long) Math.pow(10, decade));
  }

  /** Where decades of cables and seconds fall on the drawing. */
  record Axes(double minX, double maxX, double minY, double maxY) {
    double x(double log) {
      return LEFT + (log - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT);
    }

    double y(double log) {
      return HEIGHT - BOTTOM - (log - minY) / (maxY - minY) * (HEIGHT - TOP - BOTTOM);
    }
  }
}
