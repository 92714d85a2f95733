package org.cablearchive.archive;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.model.Section;

/**
 * One document the release published of a telegram: the telegram under its own reference ID, or one of
 * its sections published on its own under the ID the release gave it ({@code 08SCTION02OF02SAOPAULO335}).
 *
 * @param id the ID the archive keeps and finds the document under
 * @param part whether it is a section published on its own
 * @param section the section the document states ({@code SECTION 02 OF 02}), or null when it states none
 * @param holds the sections of the telegram its text is known to hold, ascending: the one it states, and those a
 *     text put together from several sections marks where they begin ({@code TRIPOLI 00000583 002 OF 003});
 *     empty when the document states no section
 * @param mayHoldMore whether the text may hold sections {@code holds} does not name: the telegram's text under
 *     its own ID, put together from its sections without marking where they begin (most older cables), or
 *     stating no section at all. A section published on its own holds its section only.
 */
public record PublishedDocument(ReferenceId id, boolean part, Section section, List<Integer> holds, boolean mayHoldMore) {
  /**
   * The line the release left where a section of a telegram put together from its sections begins:
   * station, zero-padded serial, section (and page within it), {@code OF}, sections in all.
   */
  private static final Pattern SECTION_MARK = Pattern.compile("(\\d{6,})[ \\t]+(\\d{1,3})(?:\\.\\d+)?[ \\t]+OF[ \\t]+(\\d{1,3})\\b");

  public PublishedDocument {
    holds = List.copyOf(holds);
  }

  /** What the stored release of a document says of its place in the telegram. */
  public static PublishedDocument of(Cable cable) {
    Section section = cable.section();
    if (section == null) {
      return new PublishedDocument(cable.documentId(), cable.part(), null, List.of(), !cable.part());
    }
    TreeSet<Integer> holds = new TreeSet<>();
    holds.add(section.number());
    Matcher mark = SECTION_MARK.matcher(cable.body());
    long serial = cable.id().serial();
    while (mark.find()) {
      int number = Integer.parseInt(mark.group(2));
      if (sameNumber(mark.group(1), serial) && Integer.parseInt(mark.group(3)) == section.of()
          && number >= 1 && number <= section.of()) {
        holds.add(number);
      }
    }
    boolean unmarked = !cable.part() && holds.size() == 1 && section.of() > 1;
    return new PublishedDocument(cable.documentId(), cable.part(), section, List.copyOf(holds), unmarked);
  }

  private static boolean sameNumber(String digits, long serial) {
    try {
      return Long.parseLong(digits) == serial;
    } catch (NumberFormatException tooLong) {
      return false;
    }
  }
}
