package org.cablearchive.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.export.CableWriter;
import org.cablearchive.export.ExportFormat;
import org.cablearchive.export.GraphWriter;
import org.cablearchive.model.ReferenceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cables export}: every matching cable, or the reference or people graph, streamed with no cap. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write every cable matching QUERY (all cables when none) as JSON Lines or in the cables.csv layout, "
      + "or the reference graph or the people graph as GraphML (for Gephi), JSON Lines or a CSV edge list. "
      + "Cables are written as they are read: a whole release streams in flat memory."
    })
final class ExportCommand implements Callable<Integer> {
  private static final int PAGE = 1000;

  @Mixin ArchiveOptions archive = new ArchiveOptions();

  @Option(names = "--format", paramLabel = "jsonl|csv|graphml", defaultValue = "jsonl",
      description = "jsonl (default), csv, or graphml (graphs only; --format graphml alone means --graph references).")
  String format;

  @Option(names = "--graph", paramLabel = "references|people",
      description = "Write a graph instead of cables: references (cable → cited ID) or people (named on the same cables).")
  String graph;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query, as for search (several words are joined).")
  List<String> words = List.of();

  @Override
  public Integer call() throws IOException {
    ExportFormat chosen = ExportFormat.fromKey(format)
        .orElseThrow(() -> new UserError("--format must be jsonl, csv or graphml, not \"" + format + "\""));
    String what = graph != null ? graph : chosen == ExportFormat.GRAPHML ? "references" : null;
    if (what != null && !what.equals("references") && !what.equals("people")) {
      throw new UserError("--graph must be references or people, not \"" + graph + "\"");
    }
    String query = String.join(" ", words).strip();
    try (Archive a = archive.openExisting(); OutputStream stream = out == null ? System.out : Files.newOutputStream(out);
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
      if (what == null) {
        CableWriter cables = new CableWriter(writer, chosen);
        a.export(query, cables::write);
        writer.flush();
        System.err.printf("%,d cables written%n", cables.written());
      } else {
        Predicate<ReferenceId> matching = query.isEmpty() ? id -> true : matching(a, query)::contains;
        GraphWriter graphs = new GraphWriter(a.network(), chosen);
        if (what.equals("references")) {
          graphs.references(writer, matching);
        } else {
          graphs.people(writer, matching);
        }
        writer.flush();
      }
    } catch (QueryException e) {
      throw new UserError("cannot run the query: " + e.getMessage());
    }
    return 0;
  }

  /** The IDs of the cables a query matches, page by page: IDs only, a few bytes each. */
  private static Set<ReferenceId> matching(Archive archive, String query) throws IOException {
    Set<ReferenceId> ids = new HashSet<>();
    String cursor = null;
    do {
      SearchResult page = archive.search(new SearchRequest(query, Map.of(), SortOrder.CREATED_ASC, PAGE, cursor, false, 0, null, false));
      for (Hit hit : page.hits()) {
        ids.add(hit.cable().id());
      }
      cursor = page.next();
    } while (cursor != null);
    return ids;
  }
}
