package org.cablearchive.source;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.cablearchive.model.Classification;
import org.cablearchive.model.Problem;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;

/**
 * Reads cables.csv, the full release's table: no header row, eight quoted fields per row (sequence,
 * created {@code M/D/YYYY H:MM} in UTC, reference ID, origin, classification, {@code |}-separated cited
 * IDs, header, body). Streams: one row in memory at a time, whatever the file's size.
 */
public final class CsvReader implements CableReader {
  private static final DateTimeFormatter CREATED =
      DateTimeFormatter.ofPattern("M/d/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);
  private static final int ID = 2;
  private static final int CREATED_AT = 1;
  private static final int ORIGIN = 3;
  private static final int CLASSIFICATION = 4;
  private static final int CITED = 5;
  private static final int HEADER = 6;
  private static final int BODY = 7;

  @Override
  public SourceFormat format() {
    return SourceFormat.CSV;
  }

  @Override
  public void read(InputStream in, String file, Consumer<? super SourceItem> sink) throws IOException {
    DecodingReader text = new DecodingReader(in);
    CsvRowScanner rows = new CsvRowScanner(text);
    for (CsvRow row = rows.next(); row != null; row = rows.next()) {
      SourceLocation location = new SourceLocation(SourceFormat.CSV, file, row.line());
      List<Problem> decoding = text.problemsOn(row.line(), rows.lineAfterRow(), 0);
      sink.accept(row.isMalformed()
          ? new Rejection(location, "malformed cables.csv row: " + row.error(), row.raw())
          : document(location, row, decoding));
    }
  }

  private static SourceDocument document(SourceLocation location, CsvRow row, List<Problem> decoding) {
    List<String> fields = row.fields();
    List<Problem> problems = new ArrayList<>(decoding);
    String id = fields.get(ID).strip();
    if (id.isEmpty()) {
      problems.add(new Problem("NO_REFERENCE_ID", row.line(), "the reference ID column is empty"));
    }
    return new SourceDocument(location, id.isEmpty() ? null : id, created(fields.get(CREATED_AT), row, problems),
        null, classification(fields.get(CLASSIFICATION), row, problems), blankToNull(fields.get(ORIGIN)), null,
        citedIds(fields.get(CITED)), List.of(), fields.get(HEADER), fields.get(BODY), row.fieldLines()[BODY],
        problems);
  }

  private static Instant created(String text, CsvRow row, List<Problem> problems) {
    try {
      return LocalDateTime.parse(text.strip(), CREATED).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      problems.add(new Problem("UNREADABLE_CREATED", row.fieldLines()[CREATED_AT],
          "the created date \"" + clip(text) + "\" is not M/D/YYYY H:MM"));
      return null;
    }
  }

  private static Classification classification(String text, CsvRow row, List<Problem> problems) {
    Classification found = Classification.fromLabel(text).orElse(null);
    if (found == null) {
      problems.add(new Problem("UNKNOWN_CLASSIFICATION", row.fieldLines()[CLASSIFICATION],
          "the classification \"" + clip(text) + "\" is none of the release's six"));
    }
    return found;
  }

  private static List<String> citedIds(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String blankToNull(String text) {
    String s = text.strip();
    return s.isEmpty() ? null : s;
  }

  private static String clip(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
  }
}
