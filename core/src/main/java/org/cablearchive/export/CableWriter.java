package org.cablearchive.export;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.cablearchive.generate.CsvRow;
import org.cablearchive.json.CableJson;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;

/** Writes cables one at a time, as JSON Lines or as rows of the cables.csv layout. */
public final class CableWriter {
  /** The created date as cables.csv writes it: {@code 12/28/1966 18:48}, not zero-padded. */
  private static final DateTimeFormatter CSV_CREATED = DateTimeFormatter.ofPattern("M/d/yyyy H:mm").withZone(ZoneOffset.UTC);

  private final Writer out;
  private final ExportFormat format;
  private final CsvRow csv;
  private long written;

  public CableWriter(Writer out, ExportFormat format) {
    if (format == ExportFormat.GRAPHML) {
      throw new IllegalArgumentException("cables are written as jsonl or csv; graphml is for the reference and people graphs");
    }
    this.out = out;
    this.format = format;
    this.csv = format == ExportFormat.CSV ? new CsvRow(out) : null;
  }

  public void write(Cable cable) throws IOException {
    written++;
    if (format == ExportFormat.JSONL) {
      out.write(CableJson.write(cable));
      out.write('\n');
      return;
    }
    csv.write(Long.toString(written), cable.created() == null ? "" : CSV_CREATED.format(cable.created()), cable.id().value(),
        nullToEmpty(cable.origin()), cable.classification() == null ? "" : cable.classification().label(),
        cable.citedIds().stream().map(ReferenceId::value).collect(Collectors.joining("|")), cable.header(), cable.body());
  }

  /** How many cables were written. */
  public long written() {
    return written;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
