package org.cablearchive.archive.lucene;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.SortOrder;

/**
 * Where a page of results ended, as an opaque URL-safe string: the sort it belongs to, how many hits
 * came before, and the sort values of the last hit (searchAfter). Sorts end with the reference ID,
 * so the position stays exact across index changes.
 *
 * @param sort the order the cursor belongs to
 * @param seen hits returned up to and including the page that ended here
 * @param after the last hit's sort values
 */
record Cursor(SortOrder sort, long seen, FieldDoc after) {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  String encode() {
    StringBuilder text = new StringBuilder().append(sort.name()).append('|').append(seen).append('|').append(after.doc);
    for (Object value : after.fields) {
      text.append('|');
      if (value == null) {
        text.append('n');
      } else if (value instanceof Float f) {
        text.append('f').append(Float.floatToIntBits(f));
      } else if (value instanceof Double d) {
        text.append('d').append(Double.doubleToLongBits(d));
      } else if (value instanceof Long l) {
        text.append('l').append(l);
      } else if (value instanceof BytesRef b) {
        text.append('b').append(ENCODER.encodeToString(java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length)));
      } else {
        throw new IllegalStateException("unexpected sort value " + value.getClass());
      }
    }
    return ENCODER.encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  static Cursor decode(String cursor, SortOrder expected) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
      SortOrder sort = SortOrder.valueOf(parts[0]);
      if (sort != expected) {
        throw new QueryException("the cursor belongs to another sort order (" + sort + ")", -1);
      }
      List<Object> fields = new ArrayList<>();
      for (int i = 3; i < parts.length; i++) {
        fields.add(value(parts[i]));
      }
      return new Cursor(sort, Long.parseLong(parts[1]), new FieldDoc(Integer.parseInt(parts[2]), Float.NaN, fields.toArray()));
    } catch (QueryException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new QueryException("the cursor is not one this archive gave out", -1);
    }
  }

  private static Object value(String part) {
    return switch (part.charAt(0)) {
      case 'n' -> null;
      case 'f' -> Float.intBitsToFloat(Integer.parseInt(part.substring(1)));
      case 'l' -> Long.parseLong(part.substring(1));
      case 'd' -> Double.longBitsToDouble(Long.parseLong(part.substring(1)));
      case 'b' -> new BytesRef(Base64.getUrlDecoder().decode(part.substring(1)));
      default -> throw new IllegalArgumentException("bad cursor value");
    };
  }
}
