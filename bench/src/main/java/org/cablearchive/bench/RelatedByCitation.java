package org.cablearchive.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.meaning.MiniLmMeaning;
import org.cablearchive.model.ReferenceId;

/**
 * Related cables against the citation record: for every cable of an archive that cites, or is cited
 * by, another cable the archive holds, the share of those cables found among its top ten related
 * cables, by words (more like this), by meaning and by both. A cable's citations are the writers' own
 * word on which cables belong together, and no related list was made from them.
 *
 * <p>{@code RelatedByCitation DATA_DIR RESULT.json} (the archive with its meaning vectors).
 */
public final class RelatedByCitation {
  static final int TOP = 10;

  private RelatedByCitation() {}

  /** Figures of one way of relating: the mean share over linked cables, the share of all links, and the time a list took. */
  public record Figures(double meanShare, double linksFound, Latency latency) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: RelatedByCitation DATA_DIR RESULT.json");
      System.exit(2);
    }
    try (Archive archive = LuceneArchive.open(Path.of(args[0]), new MiniLmMeaning())) {
      Map<ReferenceId, Set<ReferenceId>> links = links(archive);
      long pairs = links.values().stream().mapToLong(Set::size).sum() / 2;
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("cables", archive.stats().cables());
      result.put("linkedCables", links.size());
      result.put("links", pairs);
      result.put("load", Machine.loadAverage());
      for (SearchMode by : SearchMode.values()) {
        Figures figures = measure(archive, links, by);
        result.put(by.key(), figures);
        System.out.printf("related by %s: %.3f of each cable's linked cables in its top %d (%.3f of all links); p50 %.2f ms%n",
            by.key(), figures.meanShare(), TOP, figures.linksFound(), figures.latency().p50());
      }
      result.put("loadAfter", Machine.loadAverage());
      JsonFile.write(Path.of(args[1]), result);
    }
  }

  static Figures measure(Archive archive, Map<ReferenceId, Set<ReferenceId>> links, SearchMode by) throws Exception {
    double shares = 0;
    long found = 0;
    long all = 0;
    long[] nanos = new long[links.size()];
    int i = 0;
    for (Map.Entry<ReferenceId, Set<ReferenceId>> cable : links.entrySet()) {
      long start = System.nanoTime();
      List<CableSummary> related = archive.related(cable.getKey(), TOP, by);
      nanos[i++] = System.nanoTime() - start;
      long hits = related.stream().filter(s -> cable.getValue().contains(s.id())).count();
      shares += (double) hits / cable.getValue().size();
      found += hits;
      all += cable.getValue().size();
    }
    return new Figures(shares / links.size(), (double) found / all, Latency.of(nanos));
  }

  /** For every held cable linked to another held one, those cables: what it cites and what cites it. */
  static Map<ReferenceId, Set<ReferenceId>> links(Archive archive) throws Exception {
    Set<ReferenceId> held = new HashSet<>();
    String cursor = null;
    do {
      SearchResult page = archive.search(new SearchRequest("", Map.of(), SortOrder.CREATED_ASC, 1000, cursor, false, 0, null, false));
      for (Hit hit : page.hits()) {
        held.add(hit.cable().id());
      }
      cursor = page.next();
    } while (cursor != null);
    Map<ReferenceId, Set<ReferenceId>> links = new LinkedHashMap<>();
    for (ReferenceId id : held.stream().sorted(java.util.Comparator.comparing(ReferenceId::value)).toList()) {
      for (ReferenceId cited : archive.find(id).orElseThrow().cable().citedIds()) {
        if (held.contains(cited) && !cited.equals(id)) {
          links.computeIfAbsent(id, k -> new HashSet<>()).add(cited);
          links.computeIfAbsent(cited, k -> new HashSet<>()).add(id);
        }
      }
    }
    return links;
  }
}
