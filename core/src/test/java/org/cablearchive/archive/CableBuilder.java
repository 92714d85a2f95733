package org.cablearchive.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.model.Addressee;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Classification;
import org.cablearchive.model.DateTimeGroup;
import org.cablearchive.model.Paragraph;
import org.cablearchive.model.Precedence;
import org.cablearchive.model.Problem;
import org.cablearchive.model.Reference;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.model.ReferenceKind;
import org.cablearchive.model.RoutingIndicator;
import org.cablearchive.model.Section;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;

/** Builds cables in code for tests of behaviour the sample corpus cannot pin down alone. */
public final class CableBuilder {
  private String id;
  private Instant created = Instant.parse("2009-10-27T22:38:00Z");
  private Instant released = Instant.parse("2010-12-01T12:00:00Z");
  private Classification classification = Classification.CONFIDENTIAL;
  private String origin = "Embassy Mexico";
  private String subject = "A SUBJECT";
  private List<String> tags = List.of("PREL");
  private final List<Reference> references = new ArrayList<>();
  private final List<Paragraph> paragraphs = new ArrayList<>();
  private List<String> handling = List.of("SIPDIS");
  private String file = "test.html";
  private List<String> signers = List.of("FEELEY");
  private String classifiedBy = "Ambassador Carlos Pascual";
  private String classifiedByTitle = "Ambassador";
  private List<Addressee> to = List.of(new Addressee(new RoutingIndicator("RUEHC"), "SECSTATE WASHDC", Precedence.IMMEDIATE));
  private List<Addressee> info = List.of();
  private String sender = "AMEMBASSY MEXICO";
  private String body;

  private CableBuilder(String id) {
    this.id = id;
  }

  public static CableBuilder cable(String id) {
    return new CableBuilder(id);
  }

  public CableBuilder created(String instant) {
    created = Instant.parse(instant);
    return this;
  }

  public CableBuilder released(String instant) {
    released = instant == null ? null : Instant.parse(instant);
    return this;
  }

  public CableBuilder classification(Classification c) {
    classification = c;
    return this;
  }

  public CableBuilder origin(String o) {
    origin = o;
    return this;
  }

  public CableBuilder subject(String s) {
    subject = s;
    return this;
  }

  public CableBuilder tags(String... t) {
    tags = List.of(t);
    return this;
  }

  public CableBuilder handling(String... h) {
    handling = List.of(h);
    return this;
  }

  public CableBuilder cites(String... ids) {
    for (String cited : ids) {
      references.add(new Reference(null, cited, ReferenceKind.CABLE, ReferenceId.of(cited)));
    }
    return this;
  }

  public CableBuilder signers(String... names) {
    signers = List.of(names);
    return this;
  }

  /** The "Classified By" line's name and title (null for none). */
  public CableBuilder classifiedBy(String name, String title) {
    classifiedBy = name;
    classifiedByTitle = title;
    return this;
  }

  /** The FM line's station. */
  public CableBuilder sender(String name) {
    sender = name;
    return this;
  }

  /** TO addressees, each {@code ROUTE/NAME} as the header writes it. */
  public CableBuilder to(String... addressees) {
    to = addressees(addressees);
    return this;
  }

  /** INFO addressees, each {@code ROUTE/NAME}. */
  public CableBuilder info(String... addressees) {
    info = addressees(addressees);
    return this;
  }

  private static List<Addressee> addressees(String... written) {
    List<Addressee> list = new ArrayList<>();
    for (String a : written) {
      int slash = a.indexOf('/');
      list.add(new Addressee(new RoutingIndicator(a.substring(0, slash)), a.substring(slash + 1), null));
    }
    return list;
  }

  public CableBuilder paragraph(String text) {
    paragraphs.add(new Paragraph(paragraphs.size() + 1, "C", text));
    return this;
  }

  /** A paragraph as given, with its place in the body (which {@link #body} should then give). */
  public CableBuilder paragraph(Paragraph paragraph) {
    paragraphs.add(paragraph);
    return this;
  }

  /** A body of its own instead of one made of the subject and paragraphs. */
  public CableBuilder body(String text) {
    body = text;
    return this;
  }

  public CableBuilder file(String f) {
    file = f;
    return this;
  }

  public Cable build() {
    StringBuilder text = new StringBuilder("C O N F I D E N T I A L\nSUBJECT: ").append(subject).append('\n');
    for (Paragraph p : paragraphs) {
      text.append("\n").append(p.number()).append(". (C) ").append(p.text()).append('\n');
    }
    String header = "R " + "272238Z OCT 09\nFM AMEMBASSY MEXICO\nTO RUEHC/SECSTATE WASHDC 8786";
    return new Cable(ReferenceId.of(id), id, false, created, released, classification, origin, subject, null, tags, references,
        "VZCZCXRO1782", Precedence.ROUTINE, new DateTimeGroup("272238Z OCT 09"),
        List.of(new Addressee(null, sender, null)), to, info, handling, new Section(1, 1),
        java.time.LocalDate.of(2019, 7, 24), classifiedBy, classifiedByTitle, List.of("1.4 (b)", "1.4 (d)"), signers, null,
        paragraphs, List.of(), List.of(), false, header,
        body == null ? text.toString() : body, List.of(new Problem("NO_TAGS", 3, "no TAGS line")),
        new SourceLocation(SourceFormat.HTML, file, 1));
  }
}
