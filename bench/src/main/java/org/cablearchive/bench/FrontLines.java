package org.cablearchive.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject and tags a peer takes from a body with two regular expressions — what someone
 * loading cables.csv into a database would write, not the archive's parser.
 */
final class FrontLines {
  private static final Pattern SUBJECT = Pattern.compile("(?m)^\\s*SUBJ(?:ECT)?:\\s*(.+)$");
  private static final Pattern TAGS = Pattern.compile("(?m)^\\s*TAGS?:?\\s+(.+)$");
  private static final Pattern TAG = Pattern.compile("[A-Z][A-Z-]{1,11}");

  private FrontLines() {}

  static String subject(String body) {
    Matcher m = SUBJECT.matcher(body);
    return m.find() ? m.group(1).strip() : "";
  }

  static List<String> tags(String body) {
    Matcher m = TAGS.matcher(body);
    List<String> tags = new ArrayList<>();
    if (m.find()) {
      Matcher t = TAG.matcher(m.group(1));
      while (t.find()) {
        tags.add(t.group());
      }
    }
    return tags;
  }
}
