package org.cablearchive.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.source.SourceItem;
import org.cablearchive.source.Sources;

/** Where an import reads from: hands every item it reads to the sink, in order, on the calling thread. */
@FunctionalInterface
public interface CableSource {
  void read(Consumer<SourceItem> sink) throws java.io.IOException;

  /**
   * Files, directories and archives, read in order by {@link Sources}.
   *
   * @param format the format of every file, or empty to detect each file's
   */
  static CableSource of(List<Path> paths, Optional<SourceFormat> format) {
    List<Path> inputs = List.copyOf(paths);
    return sink -> inputs.forEach(path -> Sources.read(path, format, sink));
  }
}
