package org.cablearchive.archive.lucene;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
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

/**
 * A compact binary form of a {@link Cable}, stored once per version. Binary rather than JSON because
 * it is written for every cable of an import and read for every hit's snippets: it is several times
 * faster to write and read, and the index compresses it anyway. Enums are written by name so that
 * reordering constants never changes what a stored cable means.
 */
final class CableCodec {
  /** Bumped whenever the layout changes; a reader refuses layouts it does not know. */
  private static final int FORMAT = 1;

  private CableCodec() {}

  static byte[] encode(Cable cable) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2 * (cable.header().length() + cable.body().length()) + 256);
    try (Writer out = new Writer(new DataOutputStream(bytes))) {
      out.cable(cable);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Cable decode(byte[] data, int offset, int length) {
    try {
      return new Reader(new DataInputStream(new ByteArrayInputStream(data, offset, length))).cable();
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable stored cable", e);
    }
  }

  private record Writer(DataOutputStream out) implements AutoCloseable {
    void cable(Cable c) throws IOException {
      out.writeByte(FORMAT);
      string(c.id() == null ? null : c.id().value());
      string(c.idAsPublished());
      instant(c.created());
      instant(c.released());
      string(c.classification() == null ? null : c.classification().name());
      string(c.origin());
      string(c.subject());
      strings(c.tags());
      out.writeInt(c.references().size());
      for (Reference r : c.references()) {
        string(r.bullet());
        string(r.text());
        string(r.kind() == null ? null : r.kind().name());
        string(r.id() == null ? null : r.id().value());
      }
      string(c.transmissionId());
      string(c.precedence() == null ? null : c.precedence().name());
      string(c.dateTimeGroup() == null ? null : c.dateTimeGroup().text());
      addressees(c.from());
      addressees(c.to());
      addressees(c.info());
      strings(c.handling());
      out.writeBoolean(c.section() != null);
      if (c.section() != null) {
        out.writeInt(c.section().number());
        out.writeInt(c.section().of());
      }
      out.writeBoolean(c.declassifyOn() != null);
      if (c.declassifyOn() != null) {
        out.writeLong(c.declassifyOn().toEpochDay());
      }
      string(c.classifiedBy());
      string(c.classifiedByTitle());
      strings(c.classificationReasons());
      strings(c.signers());
      string(c.summary());
      paragraphs(c.paragraphs(), c.body());
      strings(c.articles());
      out.writeBoolean(c.partial());
      string(c.header());
      string(c.body());
      out.writeInt(c.problems().size());
      for (Problem p : c.problems()) {
        string(p.code());
        out.writeInt(p.line());
        string(p.message());
      }
      SourceLocation s = c.source();
      out.writeBoolean(s != null);
      if (s != null) {
        string(s.format() == null ? null : s.format().name());
        string(s.file());
        out.writeInt(s.line());
      }
    }

    /**
     * Paragraphs are stretches of the body with their white space collapsed: those are written as the
     * stretch's offsets, which halves what is stored and compressed per cable. A paragraph that is not
     * such a stretch is written out.
     */
    private void paragraphs(List<Paragraph> paragraphs, String body) throws IOException {
      out.writeInt(paragraphs.size());
      int from = 0;
      for (Paragraph p : paragraphs) {
        out.writeInt(p.number());
        string(p.marking());
        int[] span = BodySpans.find(body, p.text(), from);
        out.writeBoolean(span != null);
        if (span == null) {
          string(p.text());
        } else {
          out.writeInt(span[0]);
          out.writeInt(span[1]);
          from = span[1];
        }
      }
    }

    private void addressees(List<Addressee> list) throws IOException {
      out.writeInt(list.size());
      for (Addressee a : list) {
        string(a.route() == null ? null : a.route().code());
        string(a.name());
        string(a.precedence() == null ? null : a.precedence().name());
      }
    }

    private void strings(List<String> list) throws IOException {
      out.writeInt(list.size());
      for (String s : list) {
        string(s);
      }
    }

    private void instant(Instant instant) throws IOException {
      out.writeBoolean(instant != null);
      if (instant != null) {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
      }
    }

    /** Length-prefixed UTF-8; -1 for null. (writeUTF is limited to 64 KiB, and bodies exceed it.) */
    private void string(String s) throws IOException {
      if (s == null) {
        out.writeInt(-1);
        return;
      }
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  private record Reader(DataInputStream in) {
    Cable cable() throws IOException {
      int format = in.readUnsignedByte();
      if (format != FORMAT) {
        throw new IOException("stored cable layout " + format + " is not known to this version");
      }
      ReferenceId id = id(string());
      String idAsPublished = string();
      Instant created = instant();
      Instant released = instant();
      Classification classification = enumValue(Classification.class, string());
      String origin = string();
      String subject = string();
      List<String> tags = strings();
      int refCount = in.readInt();
      List<Reference> references = new ArrayList<>(refCount);
      for (int i = 0; i < refCount; i++) {
        references.add(new Reference(string(), string(), enumValue(ReferenceKind.class, string()), id(string())));
      }
      String transmissionId = string();
      Precedence precedence = enumValue(Precedence.class, string());
      String dtg = string();
      List<Addressee> from = addressees();
      List<Addressee> to = addressees();
      List<Addressee> info = addressees();
      List<String> handling = strings();
      Section section = in.readBoolean() ? new Section(in.readInt(), in.readInt()) : null;
      LocalDate declassifyOn = in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
      String classifiedBy = string();
      String classifiedByTitle = string();
      List<String> reasons = strings();
      List<String> signers = strings();
      String summary = string();
      int paragraphCount = in.readInt();
      List<int[]> inBody = new ArrayList<>(paragraphCount);
      List<Paragraph> paragraphs = new ArrayList<>(paragraphCount);
      for (int i = 0; i < paragraphCount; i++) {
        int number = in.readInt();
        String marking = string();
        boolean verbatim = in.readBoolean();
        inBody.add(verbatim ? new int[] {in.readInt(), in.readInt()} : null);
        paragraphs.add(new Paragraph(number, marking, verbatim ? null : string()));
      }
      List<String> articles = strings();
      boolean partial = in.readBoolean();
      String header = string();
      String body = string();
      for (int i = 0; i < paragraphCount; i++) {
        int[] span = inBody.get(i);
        if (span != null) {
          Paragraph p = paragraphs.get(i);
          paragraphs.set(i, new Paragraph(p.number(), p.marking(), BodySpans.collapse(body, span[0], span[1])));
        }
      }
      int problemCount = in.readInt();
      List<Problem> problems = new ArrayList<>(problemCount);
      for (int i = 0; i < problemCount; i++) {
        problems.add(new Problem(string(), in.readInt(), string()));
      }
      SourceLocation source = in.readBoolean()
          ? new SourceLocation(enumValue(SourceFormat.class, string()), string(), in.readInt())
          : null;
      return new Cable(id, idAsPublished, created, released, classification, origin, subject, tags, references,
          transmissionId, precedence, dtg == null ? null : new DateTimeGroup(dtg), from, to, info, handling, section,
          declassifyOn, classifiedBy, classifiedByTitle, reasons, signers, summary, paragraphs, articles, partial,
          header, body, problems, source);
    }

    private List<Addressee> addressees() throws IOException {
      int n = in.readInt();
      List<Addressee> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String route = string();
        list.add(new Addressee(route == null ? null : new RoutingIndicator(route), string(),
            enumValue(Precedence.class, string())));
      }
      return list;
    }

    private List<String> strings() throws IOException {
      int n = in.readInt();
      List<String> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(string());
      }
      return list;
    }

    private Instant instant() throws IOException {
      return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    private String string() throws IOException {
      int length = in.readInt();
      if (length < 0) {
        return null;
      }
      byte[] utf8 = in.readNBytes(length);
      return new String(utf8, StandardCharsets.UTF_8);
    }

    private static ReferenceId id(String value) {
      return value == null ? null : new ReferenceId(value);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
      return name == null ? null : Enum.valueOf(type, name);
    }
  }
}
