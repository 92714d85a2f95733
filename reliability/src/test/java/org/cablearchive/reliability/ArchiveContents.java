package org.cablearchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.archive.Version;
import org.cablearchive.archive.lucene.LuceneArchive;

/**
 * What two archives must agree on to hold the same thing: {@code cables stats --json} without the
 * size on disk, and for every reference ID the release date of its current version and how many
 * versions it has (each version with its release date and text fingerprint).
 *
 * @param stats the statistics as printed, less {@code indexBytes} and the meaning vectors' counts
 * @param cables per reference ID: its current release and its versions
 */
record ArchiveContents(String stats, Map<String, String> cables) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads a closed archive's contents through the command line and the archive API. */
  static ArchiveContents of(Path data) throws IOException {
    CommandRun stats = CommandRun.inProcess("stats", "--json", "--data", data.toString());
    assertThat(stats.exitCode()).as("cables stats: %s", stats.err()).isZero();
    ObjectNode counts = (ObjectNode) JSON.readTree(stats.out());
    counts.remove("indexBytes");
    // meaning vectors are the model's reading of the texts, computed again at will (cables embed): not content
    counts.remove("meaning");
    return new ArchiveContents(counts.toString(), everyCable(data));
  }

  private static Map<String, String> everyCable(Path data) throws IOException {
    Map<String, String> cables = new TreeMap<>();
    try (LuceneArchive archive = LuceneArchive.open(data)) {
      String cursor = null;
      do {
        SearchResult page = archive.search(new SearchRequest("", Map.of(), SortOrder.CREATED_ASC, 500, cursor, false, 0, null, false));
        for (Hit hit : page.hits()) {
          ArchivedCable found = archive.find(hit.cable().id()).orElseThrow();
          cables.put(hit.cable().id().value(), describe(found));
        }
        cursor = page.next();
      } while (cursor != null);
    }
    return cables;
  }

  private static String describe(ArchivedCable found) {
    StringBuilder s = new StringBuilder("current " + found.cable().released() + "; " + found.versions().size() + " versions:");
    for (Version v : found.versions()) {
      s.append(' ').append(v.released()).append(v.current() ? "*" : "")
          .append('#').append(Integer.toHexString((v.cable().header() + v.cable().body()).hashCode()));
    }
    return s.toString();
  }
}
