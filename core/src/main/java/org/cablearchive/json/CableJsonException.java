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

  /** Jackson's messages span several lines and quote the whole input; keep the first line and the column. */
  static String describe(JsonProcessingException e) {
    String reason = firstLine(e.getOriginalMessage());
    JsonLocation at = e.getLocation();
    if (at == null || at.getColumnNr() < 1) {
      return "not a cable: " + reason;
    }
    return "not a cable at column " + at.getColumnNr() + ": " + reason;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unreadable JSON";
    }
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
