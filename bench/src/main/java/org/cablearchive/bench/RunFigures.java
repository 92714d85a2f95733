package org.cablearchive.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures one run left in its results folder, read back tolerantly: a file a step could not
 * write (no CLI yet, no wrk) is simply a missing figure.
 */
final class RunFigures {
  private static final Pattern WALL = Pattern.compile("Elapsed \\(wall clock\\) time .*: (?:(\\d+):)?(\\d+):(\\d+(?:\\.\\d+)?)");
  private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
  private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
  private static final Pattern PERCENTILE_99 = Pattern.compile("(?m)^\\s+99(?:\\.000)?%\\s+([\\d.]+)(us|ms|s)\\s*$");
  private static final Pattern RAN_OUT = Pattern.compile("(?m)^Stripe of thread \\d+ ran out");
  private static final Pattern LATENCY = Pattern.compile("(?m)^\\s+Latency\\s+(\\S+)");

  private final Path dir;

  RunFigures(Path dir) {
    this.dir = dir;
  }

  Optional<JsonNode> json(String name) throws IOException {
    Path file = dir.resolve(name);
    return Files.isRegularFile(file) ? Optional.of(JsonFile.read(file)) : Optional.empty();
  }

  Optional<String> text(String name) throws IOException {
    Path file = dir.resolve(name);
    return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
  }

  /** Wall seconds from a {@code /usr/bin/time -v} report. */
  Optional<Double> wallSeconds(String name) throws IOException {
    return text(name).flatMap(t -> find(WALL, t)).map(m -> {
      double h = m.group(1) == null ? 0 : Double.parseDouble(m.group(1));
      return h * 3600 + Double.parseDouble(m.group(2)) * 60 + Double.parseDouble(m.group(3));
    });
  }

  /** Peak resident memory in MB from a {@code /usr/bin/time -v} report. */
  Optional<Double> peakRssMb(String name) throws IOException {
    return text(name).flatMap(t -> find(RSS, t)).map(m -> Long.parseLong(m.group(1)) / 1024.0);
  }

  /** Requests per second of a wrk report. */
  Optional<Double> requestsPerSecond(String name) throws IOException {
    return text(name).flatMap(t -> find(REQUESTS, t)).map(m -> Double.parseDouble(m.group(1)));
  }

  /** The 99th percentile latency in ms of a wrk report made with {@code --latency}. */
  Optional<Double> wrkP99Ms(String name) throws IOException {
    return text(name).flatMap(t -> find(PERCENTILE_99, t)).map(m -> {
      double value = Double.parseDouble(m.group(1));
      return switch (m.group(2)) {
        case "us" -> value / 1000;
        case "s" -> value * 1000;
        default -> value;
      };
    });
  }

  /** Whether a first-views run (first-views.lua) had to ask for some pages again. */
  boolean repeatedPages(String name) throws IOException {
    return text(name).flatMap(t -> find(RAN_OUT, t)).isPresent();
  }

  /** Average latency as wrk prints it ({@code 3.21ms}). */
  Optional<String> wrkLatency(String name) throws IOException {
    return text(name).flatMap(t -> find(LATENCY, t)).map(m -> m.group(1));
  }

  /** Non-2xx responses plus socket errors of a wrk report (0 when wrk printed none). */
  Optional<Long> wrkErrors(String name) throws IOException {
    return text(name).map(t -> {
      long errors = find(NON_2XX, t).map(m -> Long.parseLong(m.group(1))).orElse(0L);
      return errors + find(SOCKET, t).map(m -> {
        long sum = 0;
        for (int g = 1; g <= 4; g++) {
          sum += Long.parseLong(m.group(g));
        }
        return sum;
      }).orElse(0L);
    });
  }

  Optional<Double> number(String name) throws IOException {
    return text(name).map(String::strip).filter(s -> !s.isEmpty()).map(Double::parseDouble);
  }

  private static Optional<Matcher> find(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? Optional.of(m) : Optional.empty();
  }
}
