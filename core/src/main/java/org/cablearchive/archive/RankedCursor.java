package org.cablearchive.archive;

/**
 * Where a page of a search by meaning (or both) starts: how many of the cables found came before it.
 * The cables found are worked out again for each page, the same for the same archive.
 */
public record RankedCursor(int offset) {
  private static final String PREFIX = "ranked:";

  /** Reads a cursor {@link #encode()} wrote; null or blank is the first page. */
  public static RankedCursor decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return new RankedCursor(0);
    }
    try {
      if (cursor.startsWith(PREFIX)) {
        int offset = Integer.parseInt(cursor.substring(PREFIX.length()));
        if (offset >= 0) {
          return new RankedCursor(offset);
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new QueryException("not a cursor of a search by meaning: " + cursor, -1);
  }

  public String encode() {
    return PREFIX + offset;
  }
}
