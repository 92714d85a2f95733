package org.cablearchive.source.fuzz;

import java.util.List;
import java.util.function.Supplier;
import org.cablearchive.source.CableReader;

/**
 * A reader and the real inputs its mutations start from.
 *
 * @param format the format's label, which also names the inputs
 * @param reader makes a fresh reader for each input
 * @param seeds real inputs of the format
 */
record FuzzTarget(String format, Supplier<CableReader> reader, List<Seed> seeds) {
  @Override
  public String toString() {
    return format;
  }
}
