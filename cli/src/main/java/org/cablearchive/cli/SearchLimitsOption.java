package org.cablearchive.cli;

import java.time.Duration;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.lucene.LuceneArchive;
import picocli.CommandLine.Option;

/**
 * What a search may cost on the embedded archive: the units of work counted before it runs, and the
 * time it may take (docs/search.md). SolrCloud keeps its own limits.
 */
final class SearchLimitsOption {

  @Option(names = "--search-timeout", paramLabel = "SECONDS",
      description = "Stop a search that runs longer than this (default: 5): the reading room answers 503, search exits with 1.")
  double seconds = LuceneArchive.DEFAULT_SEARCH_TIMEOUT.toMillis() / 1000.0;

  @Option(names = "--max-search-cost", paramLabel = "UNITS",
      description = "Refuse a search whose words would cost more units of work (postings and positions to read; default: ${DEFAULT-VALUE}).")
  long maxCost = LuceneArchive.DEFAULT_MAX_SEARCH_COST;

  /** Gives the archive these limits, and returns it. */
  Archive applyTo(Archive archive) {
    if (seconds < 0 || Double.isNaN(seconds)) {
      throw new UserError("--search-timeout takes a number of seconds, 0 or more; got " + seconds);
    }
    if (maxCost < 0) {
      throw new UserError("--max-search-cost takes a number of units, 0 or more; got " + maxCost);
    }
    if (archive instanceof LuceneArchive embedded) {
      embedded.searchTimeout(Duration.ofMillis(Math.round(seconds * 1000))).maxSearchCost(maxCost);
    }
    return archive;
  }
}
