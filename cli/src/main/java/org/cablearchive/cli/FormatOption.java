package org.cablearchive.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cablearchive.model.SourceFormat;
import picocli.CommandLine.Option;

/** {@code --format}: overrides the automatic detection of a source's format. */
final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Read every input as this format: html, csv, telegram, page-text or jsonl (default: detected per file).")
  String format;

  Optional<SourceFormat> value() {
    if (format == null) {
      return Optional.empty();
    }
    return Optional.of(SourceFormat.fromLabel(format).orElseThrow(() -> new UserError(
        "unknown format '" + format + "'; use one of "
            + Arrays.stream(SourceFormat.values()).map(SourceFormat::label).collect(Collectors.joining(", ")))));
  }
}
