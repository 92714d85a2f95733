package org.cablearchive.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.cablearchive.model.SourceFormat;

/** Reads the cables of one file (or one archive member) in one format. */
public interface CableReader {

  SourceFormat format();

  /**
   * Reads every cable in {@code in}, in order, handing each to {@code sink} as it is read (so that
   * memory stays bounded whatever the file's size). Bad content never throws: it becomes a
   * {@link Rejection} or problems on a {@link SourceDocument}.
   *
   * @param file the name to record in each {@link org.cablearchive.model.SourceLocation}
   * @throws IOException only when reading the stream itself fails
   */
  void read(InputStream in, String file, Consumer<? super SourceItem> sink) throws IOException;
}
