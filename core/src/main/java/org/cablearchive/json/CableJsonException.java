package org.cablearchive.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** JSON that is not a cable: the message is one line saying where (column) and why. */
public final class CableJsonException extends IllegalArgumentException {
  CableJsonException(String message) {
    super(message);
  }

  CableJsonException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Jackson's messages span several lines and quote the input; keep the first line, without the
   * location Jackson appends, and say the column instead.
   */
  static String describe(String what, JsonProcessingException e) {
    String reason = firstLine(e.getOriginalMessage());
    JsonLocation at = e.getLocation();
    if (at == null || at.getColumnNr() < 1) {
      return what + ": " + reason;
    }
    return what + " at column " + at.getColumnNr() + ": " + reason;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unreadable JSON";
    }
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    int location = line.indexOf(" (start marker at [Source");
    line = location < 0 ? line : line.substring(0, location);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
