package org.cablearchive.archive.solr;

import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.SortOrder;

/**
 * Where a page of results starts: Solr's cursor mark, the order it belongs to, and how many hits came
 * before it so that the last page can say there is no next one.
 *
 * @param sort the order the cursor walks
 * @param offset hits on earlier pages
 * @param mark Solr's {@code cursorMark}
 */
record PageCursor(SortOrder sort, long offset, String mark) {

  static PageCursor first(SortOrder sort) {
    return new PageCursor(sort, 0, "*");
  }

  /** Reads a cursor {@link #toString()} wrote for {@code sort}; null or blank is the first page. */
  static PageCursor parse(String text, SortOrder sort) {
    if (text == null || text.isBlank()) {
      return first(sort);
    }
    String[] parts = text.split(":", 3);
    try {
      if (parts.length != 3 || parts[2].isEmpty() || Long.parseLong(parts[1]) < 0) {
        throw new NumberFormatException();
      }
      if (!parts[0].equals(sort.name())) {
        throw new QueryException("the cursor belongs to another sort order (" + parts[0] + ")", -1);
      }
      return new PageCursor(sort, Long.parseLong(parts[1]), parts[2]);
    } catch (NumberFormatException e) {
      throw new QueryException("not a cursor of this archive: " + text, -1);
    }
  }

  /** The cursor after a page of {@code hits} out of {@code limit}, or null when the page was the last. */
  String next(int hits, int limit, long total, String nextMark) {
    long seen = offset + hits;
    return hits < limit || seen >= total || nextMark.equals(mark) ? null : new PageCursor(sort, seen, nextMark).toString();
  }

  @Override
  public String toString() {
    return sort.name() + ":" + offset + ":" + mark;
  }
}
