package org.cablearchive.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.FacetCount;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.HistogramBucket;
import org.cablearchive.archive.HistogramInterval;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.Snippet;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.archive.UnmatchedValues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cables search}: runs a query against the archive. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the archive in Lucene's classic syntax (see docs/search.md): words, \"phrases\", AND/OR/NOT, "
      + "prefix*, fuzzy~, fields id: origin: tag: classification: handling: subject: from: to: signer: "
      + "classifiedby: cites: and created:/released: ranges such as created:[2009-01 TO 2009-06]. "
      + "--mode meaning finds the 100 cables nearest in meaning to the query's words, whatever words they use "
      + "(fields, dates and NOT still filter them); --mode both fuses that ranking with the words'."
    })
final class SearchCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive = new ArchiveOptions();

  @Mixin SearchLimitsOption limits = new SearchLimitsOption();

  @Option(names = "--json", description = "Print {total, hits, facets, histogram, next, unmatched} as JSON.")
  boolean json;

  @Option(names = "--facets", description = "Count results by origin, tag, classification, handling, year and month.")
  boolean facets;

  @Option(names = "--histogram", paramLabel = "year|month", description = "Count results per year or month created.")
  String histogram;

  @Option(names = "--sort", paramLabel = "S", defaultValue = "relevance",
      description = "relevance, created-asc, created-desc, released-asc, released-desc, cited-desc or rank, as on"
          + " the search page (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Hits per page, 1 to 100 as on the search page (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--cursor", paramLabel = "C", description = "Continue after a previous page: its 'next' value.")
  String cursor;

  @Option(names = "--mode", paramLabel = "words|meaning|both", defaultValue = "words",
      description = "Find cables by the query's words (every match), by meaning (the nearest 100), or both (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(names = "--filter", paramLabel = "FIELD=VALUE",
      description = "Drill down by a facet value (repeatable; values of one field are ORed): origin=, tag=, classification=, handling=, year=, month=.")
  List<String> filterArgs = new ArrayList<>();

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (several words are joined; none means all cables).")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    SearchRequest.pageSizeProblem(limit).ifPresent(problem -> {
      throw new UserError("--limit " + problem + ", not " + limit);
    });
    SearchRequest request = new SearchRequest(String.join(" ", query), filters(), sortOrder(), limit, cursor,
        facets, 10, histogramInterval(), true, searchMode());
    try (Archive a = limits.applyTo(archive.openExisting())) {
      SearchResult result = a.search(request);
      List<UnmatchedValues.Unmatched> unmatched = UnmatchedValues.in(request.query(), a);
      if (json) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("total", result.total());
        answer.put("hits", result.hits());
        answer.put("facets", result.facets());
        answer.put("histogram", result.histogram());
        answer.put("next", result.next());
        answer.put("unmatched", unmatched);
        JsonOutput.print(answer);
      } else {
        printText(result);
      }
      // A value no cable has is why a search finds nothing: say so where the reader looks, beside the count.
      unmatched.forEach(u -> System.err.println("cables search: " + u.message()));
    }
    return 0;
  }

  private Map<FacetField, List<String>> filters() {
    Map<FacetField, List<String>> filters = new LinkedHashMap<>();
    for (String arg : filterArgs) {
      int eq = arg.indexOf('=');
      FacetField field = eq < 0 ? null : FacetField.fromKey(arg.substring(0, eq)).orElse(null);
      if (field == null) {
        throw new UserError("--filter takes FIELD=VALUE with FIELD one of origin, tag, classification, handling, year, month; got '" + arg + "'");
      }
      filters.computeIfAbsent(field, f -> new ArrayList<>()).add(arg.substring(eq + 1));
    }
    return filters;
  }

  private SortOrder sortOrder() {
    return SortOrder.fromKey(sort)
        .orElseThrow(() -> new UserError("unknown --sort '" + sort + "'; use one of " + SortOrder.keys()));
  }

  private SearchMode searchMode() {
    return SearchMode.fromKey(mode)
        .orElseThrow(() -> new UserError("--mode takes words, meaning or both, not '" + mode + "'"));
  }

  private HistogramInterval histogramInterval() {
    if (histogram == null) {
      return null;
    }
    return switch (histogram) {
      case "year" -> HistogramInterval.YEAR;
      case "month" -> HistogramInterval.MONTH;
      default -> throw new UserError("--histogram takes year or month, not '" + histogram + "'");
    };
  }

  private void printText(SearchResult result) {
    String found = result.total() + (result.total() == 1 ? " cable" : " cables");
    System.out.println(searchMode() == SearchMode.WORDS ? found
        : found + " found by " + (searchMode() == SearchMode.MEANING ? "meaning" : "words and meaning")
            + (result.facets().isEmpty() && result.histogram().isEmpty() ? "" : " (the counts below are of these)"));
    for (Hit hit : result.hits()) {
      var c = hit.cable();
      System.out.printf("%n%-22s %s  %s  %s%n", c.id(), c.created() == null ? "" : c.created().toString().substring(0, 10),
          c.classification() == null ? "" : c.classification().label(), c.origin() == null ? "" : c.origin());
      System.out.println("  " + (c.subject() == null ? "" : c.subject()));
      for (Snippet s : hit.snippets()) {
        System.out.println("  " + (s.byMeaning() ? "≈ " : "") + (s.paragraph() > 0 ? "¶" + s.paragraph() + " " : "") + marked(s));
      }
    }
    for (Map.Entry<FacetField, List<FacetCount>> facet : result.facets().entrySet()) {
      System.out.printf("%n%s:", facet.getKey().key());
      facet.getValue().forEach(f -> System.out.printf(" %s (%d);", f.value(), f.count()));
      System.out.println();
    }
    if (!result.histogram().isEmpty()) {
      System.out.println();
      long max = result.histogram().stream().mapToLong(HistogramBucket::count).max().orElse(1);
      for (HistogramBucket b : result.histogram()) {
        System.out.printf("%-8s %6d %s%n", b.key(), b.count(), "#".repeat((int) Math.ceil(40.0 * b.count() / max)));
      }
    }
    if (result.next() != null) {
      System.out.println("\nmore: --cursor " + result.next());
    }
  }

  /** The snippet with its matches between »«, for a terminal. */
  private static String marked(Snippet s) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (var h : s.highlights()) {
      out.append(s.text(), at, h.start()).append('»').append(s.text(), h.start(), h.end()).append('«');
      at = h.end();
    }
    return out.append(s.text().substring(at)).toString().replace('\n', ' ');
  }
}
