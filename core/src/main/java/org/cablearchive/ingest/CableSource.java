package org.cablearchive.ingest;

import java.io.IOException;
import java.util.function.Consumer;
import org.cablearchive.source.SourceItem;

/** Where an import reads from: hands every item it reads to the sink, in order, on the calling thread. */
@FunctionalInterface
public interface CableSource {
  void read(Consumer<SourceItem> sink) throws IOException;
}
