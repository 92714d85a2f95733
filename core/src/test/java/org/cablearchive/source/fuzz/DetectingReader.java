package org.cablearchive.source.fuzz;

import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.source.CableReader;
import org.cablearchive.source.SourceItem;
import org.cablearchive.source.Sources;

/** {@link Sources} as a reader of one stream, detecting compression, archives and formats, for fuzzing. */
final class DetectingReader implements CableReader {
  @Override
  public SourceFormat format() {
    return SourceFormat.TELEGRAM;
  }

  @Override
  public void read(InputStream in, String file, Consumer<? super SourceItem> sink) {
    Sources.read(in, file, Optional.empty(), sink);
  }
}
