package org.cablearchive.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cablearchive.generate.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cables generate}: a synthetic corpus shaped like the full release, for benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic corpus in the cables.csv layout: real IDs, stations and years, the release's "
      + "classification mix, bodies composed from real paragraphs. The same seed gives the same file."
    })
final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--cables", paramLabel = "N", description = "How many cables (default: ${DEFAULT-VALUE}, the full release).",
      defaultValue = "" + CorpusGenerator.FULL_RELEASE)
  int cables;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Parameters(index = "0", paramLabel = "OUT.csv", description = "The file to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (cables < 1) {
      throw new UserError("--cables must be at least 1, not " + cables);
    }
    try (Progress progress = Progress.onTerminal("generate", "cables", cables, -1)) {
      new CorpusGenerator(seed).write(cables, out, progress::stepTo);
    }
    System.err.printf(java.util.Locale.ROOT, "wrote %s (%.1f MB) to %s%n", org.cablearchive.web.Counted.of(cables, "cable"),
        java.nio.file.Files.size(out) / 1e6, out);
    return 0;
  }
}
