package org.cablearchive.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Brute force: {@code GrepPeer CSV RESULT.json [ROUNDS]} times {@code grep -c -i -F WORD CSV} for
 * every query of the mix that grep can answer (words, phrases, prefixes). Counts are matching
 * lines, not cables: only the time is compared. One untimed round first puts the file in the page
 * cache, as the archive finds its index there. Runs in the C locale, grep's fastest case-folding.
 */
public final class GrepPeer {
  private GrepPeer() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: GrepPeer CSV RESULT.json [ROUNDS]");
      System.exit(2);
    }
    Path csv = Path.of(args[0]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<BenchQuery> mix = QueryMix.load().stream().filter(q -> q.grep() != null).toList();
    QueryTiming.Result r = QueryTiming.run(mix, q -> grep(csv, q.grep()), 1, rounds);
    JsonFile.write(Path.of(args[1]), Map.of("system", "grep", "warmUpRounds", 1, "rounds", rounds, "result", r));
    System.out.printf("grep: p50 %.0f ms, p99 %.0f ms over %d queries%n", r.overall().p50(), r.overall().p99(), r.overall().samples());
  }

  static long grep(Path csv, String word) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("grep", "-c", "-i", "-F", word, csv.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("LC_ALL", "C");
    Process p = builder.start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    int exit = p.waitFor();
    if (exit > 1) {
      throw new IOException("grep failed (exit " + exit + "): " + out);
    }
    return Long.parseLong(out);
  }
}
