package org.cablearchive.model;

/**
 * Where a cable was read from.
 *
 * @param format the reader that read it
 * @param file the file, or the archive member as {@code archive.tar.xz!/cable/2009/10/X.html}
 * @param line the line of the file where the cable starts (1-based)
 */
public record SourceLocation(SourceFormat format, String file, int line) {
  /**
   * This location named only by the source's own names, for answers served to others: the member's path
   * inside an archive file ({@code cable/2009/10/X.html} of {@code /home/me/pages.tar.xz!/cable/2009/10/X.html}),
   * else the file's name ({@code cables.csv}); never the folders of the machine that read it.
   */
  public SourceLocation withinSource() {
    if (file == null) {
      return this;
    }
    int member = file.lastIndexOf("!/");
    String name = member >= 0 ? file.substring(member + 2) : file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    return new SourceLocation(format, name, line);
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
