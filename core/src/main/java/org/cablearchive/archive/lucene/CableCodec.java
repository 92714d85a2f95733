package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.cablearchive.model.Addressee;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Classification;
import org.cablearchive.model.DateTimeGroup;
import org.cablearchive.model.Heading;
import org.cablearchive.model.Paragraph;
import org.cablearchive.model.Paragraphs;
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
 * faster to write and read, and the index compresses it anyway. Numbers are variable-length, strings
 * UTF-8; enums are written by name so that reordering constants never changes what a stored cable means.
 */
final class CableCodec {
  /**
   * Bumped whenever the layout changes; a reader refuses layouts it does not know. Layout 2 added the
   * part flag, the subject's marking and the body's headings, layout 3 whether the release date was
   * given at import; layouts 1 and 2 are still read (without what came later).
   */
  private static final int FORMAT = 3;

  private CableCodec() {}

  static byte[] encode(Cable cable) {
    Encoder encoder = new Encoder();
    BytesRef bytes = encoder.encode(cable);
    return Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
  }

  /**
   * Encodes cable after cable into one buffer, and gives each cable's {@link TextHash} from the bytes
   * written for its header and body. An importing thread keeps one: a new buffer and a second
   * encoding of header and body for the hash allocated three times the corpus's size per import.
   */
  static final class Encoder {
    private final Buffer buffer = new Buffer();
    private long textHash;

    /** The cable's stored form, valid until the next call. */
    BytesRef encode(Cable cable) {
      buffer.length = 0;
      try {
        textHash = new Writer(buffer).cable(cable);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new BytesRef(buffer.bytes, 0, buffer.length);
    }

    /** The text hash of the cable last encoded. */
    long textHash() {
      return textHash;
    }

    /** Lets go of a buffer grown past {@code bytes} by a large cable, so that a thread does not keep it. */
    void shrinkTo(int bytes) {
      if (buffer.bytes.length > bytes) {
        buffer.bytes = new byte[16 * 1024];
      }
    }
  }

  /** A byte array that grows as it is written. */
  private static final class Buffer extends DataOutput {
    private byte[] bytes = new byte[16 * 1024];
    private int length;

    @Override
    public void writeByte(byte b) {
      if (length == bytes.length) {
        bytes = ArrayUtil.grow(bytes, length + 1);
      }
      bytes[length++] = b;
    }

    @Override
    public void writeBytes(byte[] b, int offset, int count) {
      if (length + count > bytes.length) {
        bytes = ArrayUtil.grow(bytes, length + count);
      }
      System.arraycopy(b, offset, bytes, length, count);
      length += count;
    }

    /**
     * Writes {@code s} as its UTF-8 length (vInt) and its UTF-8 bytes, exactly those of
     * {@code getBytes(UTF_8)} (a lone surrogate as {@code ?}), and returns where the bytes begin. Encoded
     * in place, after room for the longest length: {@code getBytes} made a new array for every header and
     * body, four gigabytes per import.
     */
    int utf8(String s) throws IOException {
      int chars = s.length();
      int at = length + 5;
      if (at + 3L * chars > bytes.length) {
        bytes = ArrayUtil.grow(bytes, Math.toIntExact(at + 3L * chars));
      }
      int count = Utf8.encode(s, bytes, at) - at;
      writeVInt(count);
      System.arraycopy(bytes, at, bytes, length, count);
      length += count;
      return length - count;
    }
  }

  static Cable decode(byte[] data, int offset, int length) {
    try {
      return new Reader(new ByteArrayDataInput(data, offset, length)).cable();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("unreadable stored cable", e);
    }
  }

  private record Writer(Buffer out) {
    /** Writes the cable; returns its text hash, taken from the bytes written for header and body. */
    long cable(Cable c) throws IOException {
      out.writeByte((byte) FORMAT);
      string(c.id() == null ? null : c.id().value());
      string(c.idAsPublished());
      bool(c.part());
      instant(c.created());
      instant(c.released());
      bool(c.releasedGiven());
      string(c.classification() == null ? null : c.classification().name());
      string(c.origin());
      string(c.subject());
      string(c.subjectMarking());
      strings(c.tags());
      out.writeVInt(c.references().size());
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
      bool(c.section() != null);
      if (c.section() != null) {
        out.writeVInt(c.section().number());
        out.writeVInt(c.section().of());
      }
      bool(c.declassifyOn() != null);
      if (c.declassifyOn() != null) {
        out.writeZLong(c.declassifyOn().toEpochDay());
      }
      string(c.classifiedBy());
      string(c.classifiedByTitle());
      strings(c.classificationReasons());
      strings(c.signers());
      summary(c.summary(), c.body());
      paragraphs(c.paragraphs(), c.body());
      headings(c.headings());
      strings(c.articles());
      bool(c.partial());
      bool(true);
      int headerAt = out.utf8(c.header());
      int headerEnd = out.length;
      bool(true);
      int bodyAt = out.utf8(c.body());
      int bodyEnd = out.length;
      out.writeVInt(c.problems().size());
      for (Problem p : c.problems()) {
        string(p.code());
        out.writeVInt(p.line());
        string(p.message());
      }
      SourceLocation s = c.source();
      bool(s != null);
      if (s != null) {
        string(s.format() == null ? null : s.format().name());
        string(s.file());
        out.writeVInt(s.line());
      }
      return TextHash.of(out.bytes, headerAt, headerEnd - headerAt, bodyAt, bodyEnd - bodyAt);
    }

    /**
     * Paragraphs are stretches of the body with their white space collapsed, and the parser says
     * where: those are written as the stretch's offsets, which halves what is stored and compressed
     * per cable. A paragraph whose place is not known is written out.
     */
    private void paragraphs(List<Paragraph> paragraphs, String body) throws IOException {
      out.writeVInt(paragraphs.size());
      for (int i = 0; i < paragraphs.size(); i++) {
        if (paragraphs instanceof Paragraphs parsed && parsed.start(i) >= 0) {
          // the parser's paragraphs: the stretch is written without the text being collapsed
          paragraph(parsed.number(i), parsed.marking(i), parsed.start(i), parsed.end(i), null);
        } else {
          Paragraph p = paragraphs.get(i);
          boolean inBody = p.standsIn(body);
          paragraph(p.number(), p.marking(), inBody ? p.start() : -1, p.end(), p.text());
        }
      }
    }

    /** Headings as their words and their place in the body: a few per cable at most, not worth a stretch form. */
    private void headings(List<Heading> headings) throws IOException {
      out.writeVInt(headings.size());
      for (Heading h : headings) {
        string(h.text());
        out.writeVInt(h.start());
        out.writeVInt(h.end());
      }
    }

    private void paragraph(int number, String marking, int start, int end, String text) throws IOException {
      out.writeVInt(number);
      string(marking);
      bool(start >= 0);
      if (start >= 0) {
        out.writeVInt(start);
        out.writeVInt(end);
      } else {
        string(text);
      }
    }

    /** The summary, as the stretch of the body it is found in when it is one, else as itself. */
    private void summary(String summary, String body) throws IOException {
      int[] span = summary == null ? null : new BodySpans(body).find(summary, 0);
      bool(span != null);
      if (span == null) {
        string(summary);
      } else {
        out.writeVInt(span[0]);
        out.writeVInt(span[1]);
      }
    }

    private void addressees(List<Addressee> list) throws IOException {
      out.writeVInt(list.size());
      for (Addressee a : list) {
        string(a.route() == null ? null : a.route().code());
        string(a.name());
        string(a.precedence() == null ? null : a.precedence().name());
      }
    }

    private void strings(List<String> list) throws IOException {
      out.writeVInt(list.size());
      for (String s : list) {
        string(s);
      }
    }

    private void instant(Instant instant) throws IOException {
      bool(instant != null);
      if (instant != null) {
        out.writeZLong(instant.getEpochSecond());
        out.writeVInt(instant.getNano());
      }
    }

    /** A presence byte, then the string as {@link DataOutput#writeString} writes it (vInt length and UTF-8). */
    private void string(String s) throws IOException {
      bool(s != null);
      if (s != null) {
        out.utf8(s);
      }
    }

    private void bool(boolean b) throws IOException {
      out.writeByte((byte) (b ? 1 : 0));
    }

  }

  private record Reader(DataInput in) {
    Cable cable() throws IOException {
      int format = in.readByte();
      if (format < 1 || format > FORMAT) {
        throw new IOException("stored cable layout " + format + " is not known to this version");
      }
      ReferenceId id = id(string());
      String idAsPublished = string();
      boolean part = format >= 2 && in.readByte() != 0;
      Instant created = instant();
      Instant released = instant();
      boolean releasedGiven = format >= 3 && in.readByte() != 0;
      Classification classification = enumValue(Classification.class, string());
      String origin = string();
      String subject = string();
      String subjectMarking = format >= 2 ? string() : null;
      List<String> tags = strings();
      int refCount = in.readVInt();
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
      Section section = (in.readByte() != 0) ? new Section(in.readVInt(), in.readVInt()) : null;
      LocalDate declassifyOn = (in.readByte() != 0) ? LocalDate.ofEpochDay(in.readZLong()) : null;
      String classifiedBy = string();
      String classifiedByTitle = string();
      List<String> reasons = strings();
      List<String> signers = strings();
      boolean summaryInBody = (in.readByte() != 0);
      int[] summarySpan = summaryInBody ? new int[] {in.readVInt(), in.readVInt()} : null;
      String summary = summaryInBody ? null : string();
      int paragraphCount = in.readVInt();
      int[] numbers = new int[paragraphCount];
      String[] markings = new String[paragraphCount];
      int[][] inBody = new int[paragraphCount][];
      String[] texts = new String[paragraphCount];
      for (int i = 0; i < paragraphCount; i++) {
        numbers[i] = in.readVInt();
        markings[i] = string();
        boolean verbatim = (in.readByte() != 0);
        inBody[i] = verbatim ? new int[] {in.readVInt(), in.readVInt()} : null;
        texts[i] = verbatim ? null : string();
      }
      List<Heading> headings = format >= 2 ? headings() : List.of();
      List<String> articles = strings();
      boolean partial = (in.readByte() != 0);
      String header = string();
      String body = string();
      if (summarySpan != null) {
        summary = Paragraph.textOf(body, summarySpan[0], summarySpan[1]);
      }
      Paragraphs.Builder paragraphs = Paragraphs.of(body);
      for (int i = 0; i < paragraphCount; i++) {
        if (inBody[i] != null) {
          paragraphs.inBody(numbers[i], markings[i], inBody[i][0], inBody[i][1]);
        } else {
          paragraphs.written(numbers[i], markings[i], texts[i]);
        }
      }
      int problemCount = in.readVInt();
      List<Problem> problems = new ArrayList<>(problemCount);
      for (int i = 0; i < problemCount; i++) {
        problems.add(new Problem(string(), in.readVInt(), string()));
      }
      SourceLocation source = (in.readByte() != 0)
          ? new SourceLocation(enumValue(SourceFormat.class, string()), string(), in.readVInt())
          : null;
      return new Cable(id, idAsPublished, part, created, released, releasedGiven, classification, origin, subject, subjectMarking, tags,
          references, transmissionId, precedence, dtg == null ? null : new DateTimeGroup(dtg), from, to, info, handling,
          section, declassifyOn, classifiedBy, classifiedByTitle, reasons, signers, summary, paragraphs.build(), headings,
          articles, partial, header, body, problems, source);
    }

    private List<Heading> headings() throws IOException {
      int n = in.readVInt();
      List<Heading> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(new Heading(string(), in.readVInt(), in.readVInt()));
      }
      return list;
    }

    private List<Addressee> addressees() throws IOException {
      int n = in.readVInt();
      List<Addressee> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String route = string();
        list.add(new Addressee(route == null ? null : new RoutingIndicator(route), string(),
            enumValue(Precedence.class, string())));
      }
      return list;
    }

    private List<String> strings() throws IOException {
      int n = in.readVInt();
      List<String> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(string());
      }
      return list;
    }

    private Instant instant() throws IOException {
      return (in.readByte() != 0) ? Instant.ofEpochSecond(in.readZLong(), in.readVInt()) : null;
    }

    private String string() throws IOException {
      return in.readByte() != 0 ? in.readString() : null;
    }

    private static ReferenceId id(String value) {
      return value == null ? null : new ReferenceId(value);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
      return name == null ? null : Enum.valueOf(type, name);
    }
  }
}
