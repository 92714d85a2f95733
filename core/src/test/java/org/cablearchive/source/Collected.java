package org.cablearchive.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What a reader handed to its sink, in order. */
record Collected(List<SourceItem> items) {

  static Collected read(CableReader reader, String text, String file) throws IOException {
    return read(reader, text.getBytes(StandardCharsets.UTF_8), file);
  }

  static Collected read(CableReader reader, byte[] bytes, String file) throws IOException {
    List<SourceItem> items = new ArrayList<>();
    reader.read(new ByteArrayInputStream(bytes), file, items::add);
    return new Collected(items);
  }

  List<SourceDocument> documents() {
    return items.stream().filter(SourceDocument.class::isInstance).map(SourceDocument.class::cast).toList();
  }

  List<Rejection> rejections() {
    return items.stream().filter(Rejection.class::isInstance).map(Rejection.class::cast).toList();
  }
}
