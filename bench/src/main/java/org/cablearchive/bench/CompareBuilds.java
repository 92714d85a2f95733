package org.cablearchive.bench;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The query mix on one archive, by two builds of the archive at the same time: {@code CompareBuilds
 * DATA_DIR LIB_A LIB_B [WARMUP ROUNDS]}, each {@code LIB} a folder of a build's jars (such as
 * {@code bench/target/lib} after {@code ./mvnw package}). This machine's speed drifts by a third over
 * minutes, more than most changes move a query, so timing one build and then the other compares the
 * machine's moments; here both builds run in one process, each in its own class loader, and take turns
 * a round of the mix at a time.
 */
public final class CompareBuilds {
  private CompareBuilds() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: CompareBuilds DATA_DIR LIB_A LIB_B [WARMUP ROUNDS]");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
    List<BenchQuery> mix = QueryMix.load();
    Build[] builds = {new Build(Path.of(args[1]), data), new Build(Path.of(args[2]), data)};
    List<List<Long>> nanos = List.of(new ArrayList<>(), new ArrayList<>());
    for (int round = 0; round < warmUp + rounds; round++) {
      for (int turn = 0; turn < 2; turn++) {
        int b = (round + turn) % 2; // each build goes first in every other round
        for (BenchQuery q : mix) {
          long start = System.nanoTime();
          builds[b].search(q.archive());
          if (round >= warmUp) {
            nanos.get(b).add(System.nanoTime() - start);
          }
        }
      }
    }
    for (int b = 0; b < 2; b++) {
      Latency l = Latency.of(nanos.get(b).stream().mapToLong(Long::longValue).toArray());
      System.out.printf("%s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, mean %.2f ms over %d queries%n",
          args[1 + b], l.p50(), l.p95(), l.p99(), l.mean(), l.samples());
    }
    System.exit(0); // the builds' search threads are not daemons in every build
  }

  /** One build's archive, opened read-only, searched as the search page asks: 20 hits, snippets, facets. */
  private static final class Build {
    private final Object archive;
    private final Method search;
    private final Constructor<?> request;
    private final Object relevance;

    Build(Path lib, Path data) throws Exception {
      ClassLoader loader = new URLClassLoader(jars(lib), ClassLoader.getPlatformClassLoader());
      archive = loader.loadClass("org.cablearchive.archive.lucene.LuceneArchive")
          .getMethod("openReadOnly", Path.class).invoke(null, data);
      try { // a busy machine's first searches (the JIT cold, each view's values read) must not stop the run
        archive.getClass().getMethod("searchTimeout", Duration.class).invoke(archive, Duration.ofMinutes(1));
      } catch (NoSuchMethodException olderBuild) {
        // builds before the time limit have none to lift
      }
      Class<?> requestType = loader.loadClass("org.cablearchive.archive.SearchRequest");
      // the search by words (a record's constructors come in no fixed order)
      Class<?> sortType = loader.loadClass("org.cablearchive.archive.SortOrder");
      request = requestType.getConstructor(String.class, Map.class, sortType, int.class, String.class, boolean.class,
          int.class, loader.loadClass("org.cablearchive.archive.HistogramInterval"), boolean.class);
      relevance = sortType.getField("RELEVANCE").get(null);
      search = loader.loadClass("org.cablearchive.archive.Archive").getMethod("search", requestType);
    }

    void search(String query) throws Exception {
      search.invoke(archive, request.newInstance(query, Map.of(), relevance, 20, null, true, 10, null, true));
    }

    private static URL[] jars(Path lib) throws IOException {
      try (Stream<Path> files = Files.list(lib)) {
        List<URL> urls = new ArrayList<>();
        for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
          urls.add(jar.toUri().toURL());
        }
        return urls.toArray(URL[]::new);
      }
    }
  }
}
