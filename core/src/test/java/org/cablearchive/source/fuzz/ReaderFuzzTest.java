package org.cablearchive.source.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cablearchive.source.CablePageReader;
import org.cablearchive.source.CsvReader;
import org.cablearchive.source.JsonLinesReader;
import org.cablearchive.source.PageTextReader;
import org.cablearchive.source.TelegramTextReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded, reproducible fuzzing of every source reader, and the telegram parser behind it, with
 * mutations of real inputs (see {@link Mutation}); archives go through {@link
 * org.cablearchive.source.Sources}' format and archive detection. The normal run
 * makes {@value #INPUTS} inputs per format; {@code -Dfuzz.long} makes {@value #LONG_INPUTS}, and
 * {@code -Dfuzz.seed=N} another series. A failure names the run seed and input index, which rebuild
 * the input exactly.
 */
class ReaderFuzzTest {
  static final int INPUTS = 5_000;
  static final int LONG_INPUTS = 100_000;
  private static final long RUN_SEED = Long.getLong("fuzz.seed", 20_101_128L);
  private static final int REPORTED = 10;

  static Stream<FuzzTarget> targets() {
    return Stream.of(
        new FuzzTarget("html", CablePageReader::new, List.of(
            Seed.resource("/sources/fuzz-seeds/66BUENOSAIRES2481.html"),
            Seed.resource("/sources/fuzz-seeds/06SANJOSE549.html"),
            Seed.resource("/sources/fuzz-seeds/10MADRID49.html"))),
        new FuzzTarget("page-text", PageTextReader::new, List.of(Seed.resource("/seed/09MEXICO3093-page.txt"))),
        new FuzzTarget("csv", CsvReader::new, Seed.csvRows("/sources/csv/sample-rows.csv", 2)),
        new FuzzTarget("telegram", TelegramTextReader::new, List.of(
            Seed.resource("/sources/telegram/06MEXICO536.txt"),
            Seed.resource("/sources/telegram/66BUENOSAIRES2481.txt"),
            Seed.resource("/sources/telegram/00HARARE5461.txt"))),
        new FuzzTarget("jsonl", JsonLinesReader::new, List.of(
            Seed.resource("/json/09MEXICO3093.json"),
            Seed.resource("/sources/fuzz-seeds/three-cables.jsonl"))),
        new FuzzTarget("archive", DetectingReader::new, List.of(
            Seed.resource("/sources/fuzz-seeds/telegrams.tar.xz"),
            Seed.resource("/sources/fuzz-seeds/telegrams.tgz"),
            Seed.resource("/sources/fuzz-seeds/cables.zip"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void noExceptionEscapesAndEveryItemNamesItsSourceAndLine(FuzzTarget target) {
    int inputs = System.getProperty("fuzz.long") != null ? LONG_INPUTS : INPUTS;
    List<String> violations = new ArrayList<>();
    for (int i = 0; i < inputs && violations.size() < REPORTED; i++) {
      violations.addAll(FuzzCheck.violations(target.reader().get(),
          FuzzInput.make(target.format(), target.seeds(), RUN_SEED, i)));
    }
    assertThat(violations).isEmpty();
  }
}
