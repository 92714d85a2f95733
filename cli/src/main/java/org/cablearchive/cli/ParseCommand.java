package org.cablearchive.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Optional;
import org.cablearchive.ingest.Admission;
import org.cablearchive.json.CableJson;
import org.cablearchive.model.SourceLocation;
import org.cablearchive.model.Cable;
import org.cablearchive.source.Rejection;
import org.cablearchive.source.SourceDocument;
import org.cablearchive.source.SourceItem;
import org.cablearchive.source.Sources;
import org.cablearchive.telegram.TelegramParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cables parse}: prints each cable of the inputs as one JSON line. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parse cables and print one JSON object per cable per line (see docs/cable-json.md). "
      + "Input that cannot be read as a cable (no reference ID, as import rejects it) is reported on stderr as "
      + "'file:line: reason' (lines count from 1) and the run goes on.",
      "Exit code: 0 when every input gave a cable, 1 when anything was rejected (or, with --strict, had a problem)."
    })
final class ParseCommand implements Callable<Integer> {

  @Mixin FormatOption format = new FormatOption();

  @Option(names = "--strict", description = "Treat any parse problem as a failure: report it and leave the cable out.")
  boolean strict;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files, folders or .tar.xz/.tar.gz/.zip archives of cables; '-' reads standard input.")
  List<Path> paths;

  private final TelegramParser parser = new TelegramParser();
  private int failures;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
      for (Path path : paths) {
        Sources.read(path, format.value(), item -> emit(item, out, err));
      }
    }
    return failures == 0 ? 0 : 1;
  }

  /**
   * Where a problem is in the file: its line within the cable counted from the line the cable starts on
   * (a row of cables.csv starts far down), or that start when the problem is about no line.
   */
  static String fileLine(SourceLocation source, int lineInCable) {
    int start = Math.max(1, source.line());
    return source.file() + ":" + (lineInCable >= 1 ? start + lineInCable - 1 : start);
  }

  private void emit(SourceItem item, BufferedWriter out, PrintWriter err) {
    if (item instanceof Rejection r) {
      failures++;
      err.println(r.location() + ": " + r.reason());
      return;
    }
    SourceDocument document = (SourceDocument) item;
    Cable cable;
    try {
      cable = parser.parse(document);
    } catch (RuntimeException e) {
      failures++;
      err.println(document.location() + ": the telegram parser failed: " + e);
      return;
    }
    Optional<String> refusal = Admission.refusal(cable);
    if (refusal.isPresent()) {
      // the same rule as import, which keeps such input in its rejects folder
      failures++;
      err.println(document.location() + ": " + refusal.get());
      return;
    }
    if (strict && !cable.problems().isEmpty()) {
      failures++;
      cable.problems().forEach(p -> err.println(fileLine(cable.source(), p.line()) + ": " + cable.id() + ": " + p.code() + ": " + p.message()));
      return;
    }
    try {
      out.write(CableJson.write(cable));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
