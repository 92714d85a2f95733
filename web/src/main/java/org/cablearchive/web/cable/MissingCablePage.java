package org.cablearchive.web.cable;

import java.util.List;
import org.cablearchive.web.CableRow;
import org.cablearchive.web.Chrome;

/**
 * A cable the archive does not hold, with the archived cables that cite it and the searches for the ways
 * their texts spell it (only those that find something).
 */
public record MissingCablePage(Chrome chrome, String id, List<CableRow> citedBy, List<Mention> mentions) {

  /** A search for the cable as texts spell it, e.g. {@code "08 MEXICO 3595"}, and what it finds. */
  public record Mention(String query, String href, String found) {}
}
