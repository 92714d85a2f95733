package org.cablearchive.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQLite FTS5 peer. {@code load CSV DB RESULT.json}: loads a cables.csv and reports time and
 * size; {@code query DB RESULT.json [WARMUP ROUNDS]}: runs the query mix and reports latencies.
 */
public final class SqlitePeer {
  private SqlitePeer() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 4 && args[0].equals("load")) {
      load(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
    } else if (args.length >= 3 && args[0].equals("query")) {
      int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 3;
      int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
      query(Path.of(args[1]), Path.of(args[2]), warmUp, rounds);
    } else {
      System.err.println("usage: SqlitePeer load CSV DB RESULT.json | query DB RESULT.json [WARMUP ROUNDS]");
      System.exit(2);
    }
  }

  private static void load(Path csv, Path db, Path result) throws Exception {
    Files.deleteIfExists(db);
    long start = System.nanoTime();
    long cables = SqliteCorpus.load(csv, db);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("system", "sqlite-fts5");
    out.put("cables", cables);
    out.put("seconds", seconds);
    out.put("csvBytes", Files.size(csv));
    out.put("indexBytes", Files.size(db));
    JsonFile.write(result, out);
    System.out.printf("sqlite: loaded %,d cables in %.1f s, database %,d bytes%n", cables, seconds, Files.size(db));
  }

  private static void query(Path db, Path result, int warmUp, int rounds) throws Exception {
    try (Connection c = SqliteCorpus.open(db)) {
      QueryTiming.Result r = QueryTiming.run(QueryMix.load(), new SqliteSearch(c), warmUp, rounds);
      JsonFile.write(result, Map.of("system", "sqlite-fts5", "warmUpRounds", warmUp, "rounds", rounds, "result", r));
      System.out.printf("sqlite: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms over %d queries%n",
          r.overall().p50(), r.overall().p95(), r.overall().p99(), r.overall().samples());
    }
  }
}
