package org.cablearchive.archive.lucene;

import java.io.IOException;

/**
 * A value worked out once for a view of the index, on first use, under its own lock: a slow one (the
 * network takes seconds) never holds back a request that needs another (the facet counts of the home
 * page, which once waited for the network's whole build behind the view's single lock).
 */
final class OncePerView<T> {
  /** Works the value out; may read the index. */
  @FunctionalInterface
  interface Source<T> {
    T get() throws IOException;
  }

  private final Source<T> source;
  private volatile T value;

  OncePerView(Source<T> source) {
    this.source = source;
  }

  /** The value when it has been worked out, else null: for a caller that has another way and will not wait. */
  T ifReady() {
    return value;
  }

  T get() throws IOException {
    T known = value;
    if (known == null) {
      synchronized (this) {
        known = value;
        if (known == null) {
          known = source.get();
          value = known;
        }
      }
    }
    return known;
  }
}
