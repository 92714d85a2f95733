package org.cablearchive.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cablearchive.model.Addressee;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Classification;
import org.cablearchive.model.DateTimeGroup;
import org.cablearchive.model.Paragraph;
import org.cablearchive.model.Precedence;
import org.cablearchive.model.Reference;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.model.ReferenceKind;
import org.cablearchive.model.RoutingIndicator;
import org.cablearchive.model.Section;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;

/**
 * A hostile cable: markup and script in every field a page shows, a {@code javascript:} article,
 * and a reference to a cable that was never released. The reading room must show all of it as
 * text and run none of it.
 */
final class CraftedCables {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String ATTRIBUTE_BREAK = "\"><img src=x onerror=alert(1)>";
  static final String PWN = "<script>window.__pwned=1</script>";
  static final ReferenceId ID = ReferenceId.of("10XSSTEST1");
  static final ReferenceId NEVER_RELEASED = ReferenceId.of("09NOWHERE77");

  private CraftedCables() {}

  static Cable hostile() {
    String body = String.join("\n",
        "C O N F I D E N T I A L XSSTEST 000001",
        "",
        "SIPDIS",
        "",
        "E.O. 12958: DECL: 01/01/2020",
        "TAGS: PREL, " + SCRIPT,
        "SUBJECT: " + SCRIPT + " " + ATTRIBUTE_BREAK,
        "",
        "REF: A. " + SCRIPT + " B. NOWHERE 77",
        "",
        "Classified By: Ambassador " + ATTRIBUTE_BREAK + ". Reason: 1.4 (b),(d).",
        "",
        "1. (C) First paragraph " + SCRIPT + " with " + PWN + " inside.",
        "",
        "2. (S/NF) Second paragraph " + ATTRIBUTE_BREAK + " and more words here.",
        "",
        "MALLORY");
    return new Cable(ID, ID.value(), false, Instant.parse("2010-01-15T10:00:00Z"), Instant.parse("2011-08-30T01:44:00Z"),
        Classification.CONFIDENTIAL, "Embassy " + SCRIPT, SCRIPT + " " + ATTRIBUTE_BREAK, null,
        List.of("PREL", SCRIPT, ATTRIBUTE_BREAK),
        List.of(new Reference("A", SCRIPT, ReferenceKind.OTHER, null),
            new Reference("B", "NOWHERE 77", ReferenceKind.CABLE, NEVER_RELEASED)),
        "VZCZCXSS0001", Precedence.ROUTINE, new DateTimeGroup("151000Z JAN 10"),
        List.of(new Addressee(null, "AMEMBASSY " + SCRIPT, null)),
        List.of(new Addressee(new RoutingIndicator("RUEHC"), "SECSTATE WASHDC " + ATTRIBUTE_BREAK, Precedence.ROUTINE)),
        List.of(new Addressee(new RoutingIndicator("RUEHME"), "AMEMBASSY MEXICO", null)),
        List.of("SIPDIS", SCRIPT), new Section(1, 1), LocalDate.parse("2020-01-01"), "Ambassador " + ATTRIBUTE_BREAK,
        "Ambassador", List.of("1.4 (b),(d)"), List.of("MALLORY"), null,
        List.of(new Paragraph(1, "C", "First paragraph " + SCRIPT + " with " + PWN + " inside."),
            new Paragraph(2, "S/NF", "Second paragraph " + ATTRIBUTE_BREAK + " and more words here.")),
        List.of(),
        List.of("javascript:alert(1)", "https://example.org/article?a=1&b=" + ATTRIBUTE_BREAK.replace(" ", ""),
            "http://example.com/press/story.html"),
        false,
        "VZCZCXSS0001\nRR RUEHWEB\nDE RUEHXX #0001 0151000\nZNY CCCCC ZZH\nR 151000Z JAN 10\nFM AMEMBASSY " + SCRIPT
            + "\nTO RUEHC/SECSTATE WASHDC 0001\nINFO RUEHME/AMEMBASSY MEXICO",
        body, List.of(), new SourceLocation(SourceFormat.HTML, "crafted/" + ID.value() + ".html", 1));
  }
}
