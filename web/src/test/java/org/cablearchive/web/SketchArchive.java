package org.cablearchive.web;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.FacetCount;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.Highlight;
import org.cablearchive.archive.HistogramBucket;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.Snippet;
import org.cablearchive.archive.StoreOutcome;
import org.cablearchive.archive.Version;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;

/** A throwaway in-memory archive for laying out pages before the real archive exists. */
final class SketchArchive implements Archive {
  private final Map<ReferenceId, Cable> cables = new LinkedHashMap<>();

  @Override
  public StoreOutcome store(Cable cable) {
    cables.put(cable.id(), cable);
    return StoreOutcome.ADDED;
  }

  @Override
  public void commit() {}

  @Override
  public Optional<ArchivedCable> find(ReferenceId id) throws IOException {
    Cable c = cables.get(id);
    return c == null ? Optional.empty()
        : Optional.of(new ArchivedCable(c, List.of(new Version(c.released(), c.source(), true, c)), citedBy(id)));
  }

  @Override
  public SearchResult search(SearchRequest request) {
    String q = request.query().toLowerCase(Locale.ROOT);
    List<Cable> matched = cables.values().stream()
        .filter(c -> q.isBlank() || c.body().toLowerCase(Locale.ROOT).contains(q))
        .filter(c -> request.filters().getOrDefault(FacetField.TAG, List.of()).stream().allMatch(c.tags()::contains))
        .sorted(Comparator.comparing(Cable::created).reversed()).toList();
    List<Hit> hits = new ArrayList<>();
    for (Cable c : matched.subList(0, Math.min(request.limit(), matched.size()))) {
      int at = q.isBlank() ? -1 : c.body().toLowerCase(Locale.ROOT).indexOf(q);
      List<Snippet> snippets = at < 0 ? List.of()
          : List.of(new Snippet(1, c.body().substring(Math.max(0, at - 40), Math.min(c.body().length(), at + 80)),
              List.of(new Highlight(Math.min(40, at), Math.min(40, at) + q.length()))));
      hits.add(new Hit(summary(c), 0, snippets));
    }
    Map<FacetField, List<FacetCount>> facets = new EnumMap<>(FacetField.class);
    Map<String, Long> tags = new TreeMap<>();
    matched.forEach(c -> c.tags().forEach(t -> tags.merge(t, 1L, Long::sum)));
    facets.put(FacetField.TAG, tags.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue())).toList());
    Map<String, Long> years = new TreeMap<>();
    matched.forEach(c -> years.merge(String.valueOf(c.created().atZone(ZoneOffset.UTC).getYear()), 1L, Long::sum));
    List<HistogramBucket> histogram = years.entrySet().stream().map(e -> new HistogramBucket(e.getKey(), e.getValue())).toList();
    return new SearchResult(matched.size(), hits, facets, request.histogram() == null ? List.of() : histogram, null);
  }

  @Override
  public List<CableSummary> citedBy(ReferenceId id) {
    return cables.values().stream().filter(c -> c.citedIds().contains(id)).map(SketchArchive::summary).toList();
  }

  @Override
  public List<CableSummary> related(ReferenceId id, int limit) {
    return cables.values().stream().filter(c -> !c.id().equals(id)).limit(limit).map(SketchArchive::summary).toList();
  }

  @Override
  public ArchiveStats stats() {
    return new ArchiveStats(cables.size(), cables.size(), Map.of(), Map.of(), Map.of(), 0);
  }

  @Override
  public void close() {}

  private static CableSummary summary(Cable c) {
    return new CableSummary(c.id(), c.subject(), c.created(), c.released(), c.origin(), c.classification());
  }
}
