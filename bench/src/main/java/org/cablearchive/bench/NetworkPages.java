package org.cablearchive.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.network.Person;
import org.cablearchive.network.Post;
import org.cablearchive.web.Pages;
import org.cablearchive.web.lookup.RoutingIndicators;
import org.cablearchive.web.person.PersonController;
import org.cablearchive.web.post.PostController;
import org.cablearchive.web.thread.ThreadController;

/**
 * Times person, post and thread pages of an archive as the reading room renders them: the archive's
 * look-ups (summaries, the mention search) and the template, for many different pages, never from the
 * reading room's store of recent pages. The network is built first, once, as a view's first request
 * (or a read-only archive's warming) builds it; that time is reported on its own.
 *
 * <p>{@code NetworkPages DATA_DIR OUT.json [PAGES_PER_KIND] [ROUNDS]}: the pages are the people named on
 * most cables and others spread over the whole list, every post up to the count, and the threads of the
 * highest-ranked cables and of cables spread over the archive; each round renders each page once, after a
 * warm-up round.
 */
public final class NetworkPages {
  private NetworkPages() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int perKind = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    try (LuceneArchive archive = LuceneArchive.openReadOnly(data)) {
      long start = System.nanoTime();
      CableNetwork network = archive.network();
      double buildSeconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("network: %,d cables, %,d nodes, %,d people, %,d posts, built in %.1f s%n", network.heldCount(),
          network.nodeCount(), network.peopleCount(), network.posts().size(), buildSeconds);
      Pages pages = new Pages();
      PersonController people = new PersonController(archive, pages, null);
      PostController posts = new PostController(archive, pages, null, RoutingIndicators.bundled());
      ThreadController threads = new ThreadController(archive, pages, null);
      List<Person> persons = spread(network.people(), perKind);
      List<Post> postList = spread(network.posts(), perKind);
      List<ReferenceId> cables = threadsOf(network, perKind);
      Map<String, Renderer> kinds = new LinkedHashMap<>();
      kinds.put("person", i -> pages.bytes("person.jte", people.build(network, persons.get(i), null, 0, null)).length);
      kinds.put("post", i -> pages.bytes("post.jte", posts.build(network, postList.get(i), null, 0)).length);
      kinds.put("thread", i -> pages.bytes("thread.jte", threads.build(network, cables.get(i), ThreadController.DEFAULT_DEPTH)).length);
      Map<String, Integer> sizes = Map.of("person", persons.size(), "post", postList.size(), "thread", cables.size());
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("cables", network.heldCount());
      report.put("nodes", network.nodeCount());
      report.put("people", network.peopleCount());
      report.put("posts", network.posts().size());
      report.put("networkBuildSeconds", buildSeconds);
      for (Map.Entry<String, Renderer> kind : kinds.entrySet()) {
        int n = sizes.get(kind.getKey());
        for (int i = 0; i < n; i++) {
          kind.getValue().render(i); // warm-up round
        }
        long[] nanos = new long[n * rounds];
        long bytes = 0;
        for (int r = 0; r < rounds; r++) {
          for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            bytes += kind.getValue().render(i);
            nanos[r * n + i] = System.nanoTime() - t;
          }
        }
        Latency latency = Latency.of(nanos);
        System.out.printf("%s pages: %d distinct, %d renders, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, %,d bytes a page%n",
            kind.getKey(), n, nanos.length, latency.p50(), latency.p95(), latency.p99(), latency.max(), bytes / nanos.length);
        report.put(kind.getKey(), Map.of("distinct", n, "renders", nanos.length, "latency", latency, "bytesPerPage", bytes / nanos.length));
      }
      JsonFile.write(out, report);
    }
  }

  @FunctionalInterface
  private interface Renderer {
    int render(int index) throws IOException;
  }

  /** The first third of {@code count} from the head of the list (the largest), the rest spread evenly over it. */
  static <T> List<T> spread(List<T> all, int count) {
    if (all.size() <= count) {
      return all;
    }
    List<T> chosen = new ArrayList<>(all.subList(0, count / 3));
    int rest = count - chosen.size();
    for (int i = 0; i < rest; i++) {
      chosen.add(all.get(count / 3 + (int) ((long) i * (all.size() - count / 3) / rest)));
    }
    return chosen;
  }

  /** The highest-ranked cables, then cables spread over the reference graph's held nodes. */
  private static List<ReferenceId> threadsOf(CableNetwork network, int count) {
    List<ReferenceId> held = new ArrayList<>();
    network.forEachNode(s -> {
      if (s.held()) {
        held.add(s.id());
      }
    });
    List<ReferenceId> chosen = new ArrayList<>();
    network.mostCited(null, null, null, count / 3).forEach(s -> chosen.add(s.id()));
    int rest = count - chosen.size();
    for (int i = 0; i < rest && !held.isEmpty(); i++) {
      chosen.add(held.get((int) ((long) i * held.size() / rest)));
    }
    return chosen;
  }
}
