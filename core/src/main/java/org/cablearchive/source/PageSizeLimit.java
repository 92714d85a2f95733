package org.cablearchive.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import org.cablearchive.model.SourceLocation;

/**
 * The size past which an input is not a cable page, in either of the page's forms (HTML or text): the
 * largest real page is about 150 KB. A page is read whole, so the limit keeps a stray large file from
 * filling the memory of an import.
 */
final class PageSizeLimit {
  static final int MAX_BYTES = 16 << 20;
  private static final int RAW_KEPT = 4096;

  private PageSizeLimit() {}

  /** The whole page, or empty after handing {@code sink} the rejection of a larger input with its beginning. */
  static Optional<byte[]> read(InputStream in, SourceLocation location, Consumer<? super SourceItem> sink) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length <= MAX_BYTES) {
      return Optional.of(bytes);
    }
    sink.accept(new Rejection(location, "larger than " + (MAX_BYTES >> 20) + " MB, not a cable page",
        DecodedText.of(bytes, 0, RAW_KEPT).text()));
    return Optional.empty();
  }
}
