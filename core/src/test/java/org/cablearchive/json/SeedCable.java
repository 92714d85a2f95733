package org.cablearchive.json;

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

/** The seed cable 09MEXICO3093 (first section, abridged to its first paragraph) as the parser reads it. */
final class SeedCable {
  static final String HEADER = """
      VZCZCXRO1782
      RR RUEHCD RUEHGD RUEHHO RUEHMC RUEHNG RUEHNL RUEHRD RUEHRS RUEHTM
      DE RUEHME #3093/01 3002238
      ZNY CCCCC ZZH
      R 272238Z OCT 09
      FM AMEMBASSY MEXICO
      TO RUEHC/SECSTATE WASHDC 8786
      INFO RUEHXC/ALL US CONSULATES IN MEXICO COLLECTIVE
      RHMFISS/DEPT OF JUSTICE WASHINGTON DC""";

  static final String SUMMARY = "The upcoming visits of Secretary for Public Security (SSP) Genaro Garcia Luna and "
      + "Attorney General (PGR) Arturo Chavez Chavez to Washington come at a key moment in our bilateral security "
      + "relationship.";

  static final String BODY = """
      C O N F I D E N T I A L SECTION 01 OF 04 MEXICO 003093

      SENSITIVE
      SIPDIS

      E.O. 12958: DECL: 07/24/2019
      TAGS: PREL, PGOV, PINR, MX
      SUBJECT: SCENESETTER FOR SEPARATE MERIDA-RELATED VISITS

      REF: A. MEXICO 2463 B. 08 MEXICO 3595

      Classified By: Ambassador Carlos Pascual. Reason: 1.4 (b),(d).

      1. (C) Summary. %s End Summary.

      FEELEY""".formatted(SUMMARY);

  private SeedCable() {}

  static Cable cable() {
    return new Cable(
        ReferenceId.of("09MEXICO3093"),
        null,
        false,
        Instant.parse("2009-10-27T22:38:00Z"),
        Instant.parse("2011-08-30T01:44:00Z"),
        Classification.CONFIDENTIAL,
        "Embassy Mexico",
        "SCENESETTER FOR SEPARATE MERIDA-RELATED VISITS",
        null,
        List.of("PREL", "PGOV", "PINR", "MX"),
        List.of(
            new Reference("A", "MEXICO 2463", ReferenceKind.CABLE, ReferenceId.of("09MEXICO2463")),
            new Reference("B", "08 MEXICO 3595", ReferenceKind.CABLE, ReferenceId.of("08MEXICO3595"))),
        "VZCZCXRO1782",
        Precedence.ROUTINE,
        new DateTimeGroup("272238Z OCT 09"),
        List.of(new Addressee(new RoutingIndicator("RUEHME"), "AMEMBASSY MEXICO", null)),
        List.of(new Addressee(new RoutingIndicator("RUEHC"), "SECSTATE WASHDC", null)),
        List.of(
            new Addressee(new RoutingIndicator("RUEHXC"), "ALL US CONSULATES IN MEXICO COLLECTIVE", null),
            new Addressee(new RoutingIndicator("RHMFISS"), "DEPT OF JUSTICE WASHINGTON DC", null)),
        List.of("SENSITIVE", "SIPDIS"),
        new Section(1, 4),
        LocalDate.of(2019, 7, 24),
        "Carlos Pascual",
        "Ambassador",
        List.of("1.4(b)", "1.4(d)"),
        List.of("FEELEY"),
        SUMMARY,
        List.of(paragraph("Summary. " + SUMMARY + " End Summary.")),
        List.of(),
        List.of("http://wikileaks.jornada.com.mx/notas/para-calderon-las-violaciones-a-los-derechos-son-un-precio-a-pagar-informo-la-embajada"),
        false,
        HEADER,
        BODY,
        List.of(),
        new SourceLocation(SourceFormat.HTML, "cable/2009/10/09MEXICO3093.html", 1));
  }

  /** The paragraph with its place in the body, which holds it on one line. */
  private static Paragraph paragraph(String text) {
    int start = BODY.indexOf(text);
    return new Paragraph(1, "C", text, start, start + text.length());
  }
}
