package org.cablearchive.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.cablearchive.model.Problem;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;

/**
 * Reads a telegram as sent: the transmission header, then the body, as plain text, one cable per file.
 * The text states no reference ID of its own beyond what the parser reads from it, so a file named
 * like one ({@code 09MEXICO3093.txt}) gives the ID as published.
 */
public final class TelegramTextReader implements CableReader {
  /** Far above the longest cable of the release (about 300 KB): anything larger is not one telegram. */
  static final int MAX_BYTES = 8 << 20;
  private static final Pattern ID_FILE_NAME = Pattern.compile("\\d{2}[A-Z0-9]*[A-Z][A-Z0-9]*");

  @Override
  public SourceFormat format() {
    return SourceFormat.TELEGRAM;
  }

  @Override
  public void read(InputStream in, String file, Consumer<? super SourceItem> sink) throws IOException {
    SourceLocation location = new SourceLocation(SourceFormat.TELEGRAM, file, 1);
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      sink.accept(new Rejection(location, "larger than " + (MAX_BYTES >> 20) + " MiB: not a single telegram",
          DecodedText.of(Arrays.copyOf(bytes, CsvRowScanner.MAX_RAW_KEPT)).text()));
      return;
    }
    DecodedText decoded = DecodedText.of(bytes);
    if (decoded.text().isBlank()) {
      sink.accept(new Rejection(location, "no telegram text: the file is empty", decoded.text()));
      return;
    }
    sink.accept(document(location, decoded));
  }

  private static SourceDocument document(SourceLocation location, DecodedText decoded) {
    TelegramLayout layout = TelegramLayout.of(decoded.text());
    List<Problem> problems = new ArrayList<>(decoded.problems());
    return new SourceDocument(location, idFromFileName(location.file()), null, null, null, null, null, null, null,
        layout.header(), layout.body(), layout.bodyLine(), problems);
  }

  /** {@code …/09MEXICO3093.txt} gives {@code 09MEXICO3093}; other names give nothing. */
  static String idFromFileName(String file) {
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    int dot = name.indexOf('.');
    String stem = (dot < 0 ? name : name.substring(0, dot)).toUpperCase(Locale.ROOT);
    return ID_FILE_NAME.matcher(stem).matches() ? stem : null;
  }
}
