package org.cablearchive.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic cables.csv that looks like the real release: its stations, years,
 * classification mix, share of partial extracts and body lengths, with bodies made of real
 * paragraphs and REF lines citing other generated cables and never-released ones. The same
 * (cables, seed) always gives the same bytes.
 */
public final class CorpusGenerator {
  /** Cables in the full release: the default size, for which the real IDs are used as they are. */
  public static final int FULL_RELEASE = ReleaseProfile.RELEASE_CABLES;

  private static final int PROGRESS_EVERY = 1_000;

  private final long seed;

  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** Writes {@code cables} rows to {@code file} (UTF-8), reporting rows and bytes written to {@code progress}. */
  public void write(int cables, Path file, GenerationProgress progress) throws IOException {
    try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20)) {
      write(cables, out, progress);
    }
  }

  /** Writes {@code cables} rows to {@code out}, counting their bytes as UTF-8 would encode them; the caller closes it. */
  public void write(int cables, Writer out, GenerationProgress progress) throws IOException {
    ReleaseProfile profile = ReleaseProfile.load();
    List<PlannedCable> plan = ReleasePlan.of(profile, cables, seed);
    Citations citations = new Citations(plan);
    TransmissionHeader header = new TransmissionHeader(profile);
    TelegramBody body = new TelegramBody(profile);
    CsvRow row = new CsvRow(out);
    long bytes = 0;
    for (PlannedCable cable : plan) {
      SplittableRandom random = new SplittableRandom(Seeds.of(seed, cable.sequence(), 4));
      Station station = profile.station(cable.station());
      List<Citation> cited = citations.of(cable, random);
      bytes += row.write(
          Integer.toString(cable.sequence()),
          created(cable.created()),
          cable.id(),
          station.origin(),
          cable.classification().label(),
          String.join("|", cited.stream().map(Citation::id).toList()),
          header.compose(cable, station, random),
          body.compose(cable, station, cited, random));
      if (cable.sequence() % PROGRESS_EVERY == 0 || cable.sequence() == cables) {
        progress.written(cable.sequence(), bytes);
      }
    }
    out.flush();
  }

  /** {@code M/D/YYYY H:MM}, as cables.csv writes dates. */
  static String created(LocalDateTime t) {
    return t.getMonthValue() + "/" + t.getDayOfMonth() + "/" + t.getYear() + " " + t.getHour() + ":" + String.format(Locale.ROOT, "%02d", t.getMinute());
  }
}
