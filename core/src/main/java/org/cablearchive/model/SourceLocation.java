package org.cablearchive.model;

/**
 * Where a cable was read from.
 *
 * @param format the reader that read it
 * @param file the file, or the archive member as {@code archive.tar.xz!/cable/2009/10/X.html}
 * @param line the line of the file where the cable starts (1-based)
 */
public record SourceLocation(SourceFormat format, String file, int line) {
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
