package org.cablearchive.telegram;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Classification;
import org.cablearchive.model.Paragraph;
import org.cablearchive.model.Paragraphs;
import org.cablearchive.model.Reference;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.model.ReferenceKind;
import org.cablearchive.model.Section;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.source.SourceDocument;

/**
 * One reading of one document: interprets header and body, then settles each field between what the
 * source states (which wins) and what the telegram says (a disagreement becomes a problem).
 */
final class CableReading {
  private final SourceDocument doc;
  private final ProblemLog problems;

  CableReading(SourceDocument doc) {
    this.doc = doc;
    this.problems = new ProblemLog(doc.problems(), doc.location() == null ? 0 : doc.location().line(), doc.bodyLine(),
        doc.location() != null && doc.location().format() == SourceFormat.HTML);
  }

  Cable read() {
    TransmissionHeader header = HeaderReader.read(TelegramLines.split(doc.header()));
    String[] lines = TelegramLines.split(doc.body());
    int textStart = ReleaseDump.textStart(lines);
    if (textStart > 0) {
      problems.body("RELEASE_DUMP", sourceLineIndex(doc.body(), textStart - 1), "the body holds a stub of the text and the release's metadata for the "
          + "cable before the text; the text after them was read");
    } else {
      textStart = ReleaseDump.textAfterStub(lines);
      if (textStart > 0) {
        problems.body("STUB_BEFORE_TEXT", sourceLineIndex(doc.body(), textStart), "the body opens with a stub of the text cut short; the whole text "
            + "after it was read");
      }
    }
    String[] body = ReleaseDump.readable(lines, textStart);
    int textOffset = textStart == 0 ? 0 : TelegramLines.lineStarts(doc.body(), textStart + 1)[textStart];
    List<ParagraphReader.Start> starts = ParagraphReader.starts(body);
    Caption caption = CaptionReader.read(body, starts.isEmpty() ? body.length : starts.get(0).line());
    SignerReader.Signer signer = SignerReader.read(body);
    int paragraphsEnd = signer == null ? body.length : signer.line() + 1;
    int textEnd = signer == null ? doc.body().length()
        : TelegramLines.lineStarts(doc.body(), signer.line() + 1)[signer.line()] + signer.column();
    List<HeadingReader.Lines> headingLines = HeadingReader.read(body, starts);
    Paragraphs paragraphs = ParagraphReader.paragraphs(doc.body(), body, starts, paragraphsEnd, textEnd, headingLines);

    Section publishedSection = ReferenceIds.publishedSection(doc.idAsPublished()).orElse(null);
    Instant created = created(header);
    int year = created == null ? 0 : created.atZone(ZoneOffset.UTC).getYear();
    ReferenceId id = id(header, caption, year);
    Declassification declassification = caption.declassification();
    ClassificationAuthority authority = authority(caption, body, starts);
    Section section = section(caption, publishedSection);
    // a section line garbled past reading in the published ID still makes a part when the text states its section
    boolean part = publishedSection != null || section != null && ReferenceIds.garbledBySection(doc.idAsPublished());
    return new Cable(id, idAsPublished(id), part, created, doc.released(), false, classification(caption), origin(header),
        subjectText(caption), subjectMarking(caption), tags(caption), references(caption, id, year), header.transmissionId(),
        header.precedence(), header.dateTimeGroup(), header.from(), header.to(), header.info(), handling(caption),
        section,
        declassifyOn(caption), authority != null && authority.name() != null ? authority.name()
            : declassification == null ? null : declassification.classifier(),
        authority == null ? null : authority.title(), authority == null ? List.of() : authority.reasons(),
        signer == null ? List.of() : List.of(signer.name()), SummaryReader.read(doc.body(), textOffset, paragraphs), paragraphs,
        HeadingReader.headings(doc.body(), body, headingLines), doc.articles(), header.partial() || doc.body().startsWith(HeaderReader.PARTIAL_NOTE), doc.header(),
        doc.body(), problems.list(), doc.location());
  }

  /**
   * Who classified the cable: the caption's "Classified By" line, else a "CLASSIFIED BY" sentence in
   * the first paragraph, as older cables wrote it ({@code 1. (U) CLASSIFIED BY DCM ROBERT S. DEUTSCH;
   * REASONS 1.5 (B) AND (D).}).
   */
  private static ClassificationAuthority authority(Caption caption, String[] body, List<ParagraphReader.Start> starts) {
    ClassificationAuthority fromCaption = caption.authority();
    if (fromCaption != null && fromCaption.name() != null) {
      return fromCaption;
    }
    int from = starts.isEmpty() ? 0 : starts.get(0).line();
    int to = starts.size() > 1 ? starts.get(1).line() : Math.min(body.length, from + 12);
    ClassificationAuthority inText = ClassificationAuthority.inLines(body, from, Math.min(to, from + 12));
    return inText != null && inText.name() != null ? inText : fromCaption;
  }

  /**
   * The line of the source file (counted from the body's first) that body line {@code index} stands on:
   * the reader splits lines at {@code \r} too, a source file's lines are counted at {@code \n}.
   */
  private static int sourceLineIndex(String body, int index) {
    int offset = TelegramLines.lineStarts(body, index + 1)[index];
    int newlines = 0;
    for (int i = 0; i < offset; i++) {
      if (body.charAt(i) == '\n') {
        newlines++;
      }
    }
    return newlines;
  }

  /** The section the classification line names, else the one the published ID does. */
  private static Section section(Caption caption, Section published) {
    Section fromText = caption.classificationLine() == null ? null : caption.classificationLine().section();
    return fromText != null ? fromText : published;
  }

  private Instant created(TransmissionHeader header) {
    Instant fromGroup = header.dateTimeGroup() == null ? null : DateTimeGroups.instant(header.dateTimeGroup().text());
    if (header.dateTimeGroup() != null && fromGroup == null) {
      problems.header("UNREADABLE_DATE", "the date-time group '" + header.dateTimeGroup() + "' names no real date");
    }
    if (doc.created() == null) {
      if (fromGroup == null) {
        problems.cable("NO_CREATED", "neither the source nor the header gives the date the cable was sent");
      }
      return fromGroup;
    }
    if (fromGroup != null && Duration.between(fromGroup, doc.created()).abs().toHours() > 24) {
      problems.header("CREATED_MISMATCH", "the source says created " + doc.created() + ", the date-time group says "
          + header.dateTimeGroup());
    }
    return doc.created();
  }

  private ReferenceId id(TransmissionHeader header, Caption caption, int year) {
    ReferenceId fromText = telegramId(header, caption, year);
    String spelled = doc.idAsPublished();
    if (spelled == null || spelled.isBlank()) {
      if (fromText == null) {
        problems.cable("NO_ID", "neither the source nor the telegram gives the reference ID");
      }
      return fromText;
    }
    Optional<ReferenceId> fromSource = ReferenceIds.canonical(spelled, year);
    if (fromSource.isEmpty()) {
      problems.cable("UNREADABLE_ID", "the source's reference ID '" + ReferenceId.shown(spelled.strip()) + "' is not a cable ID"
          + (spelled.strip().length() > ReferenceId.MAX_LENGTH ? " (" + spelled.strip().length() + " characters; an ID has at most "
              + ReferenceId.MAX_LENGTH + ")" : ""));
      return fromText;
    }
    if (fromText != null && !fromText.equals(fromSource.get())) {
      problems.body("ID_MISMATCH", 0, "the source says " + fromSource.get() + ", the telegram says " + fromText);
    }
    return fromSource.get();
  }

  /** The ID the telegram gives: the classification line's station and serial, else the DE line's serial. */
  private static ReferenceId telegramId(TransmissionHeader header, Caption caption, int year) {
    int yy = ReferenceIds.twoDigitYear(year);
    ClassificationLine line = caption.classificationLine();
    if (line != null && line.station() != null && yy >= 0) {
      Optional<ReferenceId> id = ReferenceIds.of(yy, line.station(), line.serial());
      if (id.isPresent()) {
        return id.get();
      }
    }
    if (header.serial() != null && !header.from().isEmpty() && yy >= 0) {
      String station = Origins.station(header.from().get(0));
      return station == null ? null : ReferenceIds.of(yy, station, header.serial()).orElse(null);
    }
    return null;
  }

  private String idAsPublished(ReferenceId id) {
    String spelled = doc.idAsPublished();
    return spelled == null || id == null || spelled.strip().equals(id.value()) ? null : spelled.strip();
  }

  private Classification classification(Caption caption) {
    Classification fromText = caption.classificationLine() == null ? null
        : Classifications.of(caption.classificationLine().level(), caption.handling());
    if (doc.classification() == null) {
      if (fromText == null) {
        problems.body("NO_CLASSIFICATION", 0, "no classification line and none stated by the source");
      }
      return fromText;
    }
    if (fromText != null && !Classifications.sameLevel(fromText, doc.classification())) {
      problems.body("CLASSIFICATION_MISMATCH", 0, "the source says " + doc.classification()
          + ", the classification line says " + caption.classificationLine().level());
    }
    return doc.classification();
  }

  private String origin(TransmissionHeader header) {
    if (doc.origin() != null) {
      return doc.origin();
    }
    return header.from().isEmpty() ? null : Origins.origin(header.from().get(0));
  }

  /** A portion marking at either end of a subject: {@code (C) AFGHAN COMMERCE…}, {@code … MILLS (U)}. */
  private static final Pattern SUBJECT_MARKING =
      Pattern.compile("^\\(\\s*([A-Za-z/ ]{1,12}?)\\s*\\)\\s*(.*)$|^(.*\\S)\\s+\\(([A-Za-z/]{1,8})\\)$");

  /** The subject without its portion marking, which is a field of its own. */
  private String subjectText(Caption caption) {
    String subject = subject(caption);
    String[] split = splitMarking(subject);
    return split == null ? subject : split[1];
  }

  private static String subjectMarking(Caption caption) {
    String[] split = caption.subject() == null ? null : splitMarking(caption.subject());
    return split == null ? null : split[0];
  }

  /** {marking, text} when the subject carries a portion marking, else null. */
  private static String[] splitMarking(String subject) {
    // what the pattern needs, looked at first: most subjects carry no marking, and the pattern tries every
    // place a subject's last word could start before it fails
    if (subject == null || subject.isEmpty() || subject.charAt(0) != '(' && subject.charAt(subject.length() - 1) != ')') {
      return null;
    }
    Matcher m = SUBJECT_MARKING.matcher(subject);
    if (!m.matches()) {
      return null;
    }
    boolean leading = m.group(1) != null;
    String marking = (leading ? m.group(1) : m.group(4)).strip().toUpperCase(Locale.ROOT);
    String text = (leading ? m.group(2) : m.group(3)).strip();
    return ParagraphReader.isMarking(marking) && !text.isEmpty() ? new String[] {marking, text} : null;
  }

  private String subject(Caption caption) {
    if (caption.subject() != null && !caption.subject().isEmpty()) {
      return caption.subject();
    }
    problems.body("NO_SUBJECT", 0, "the body has no SUBJECT line" + (doc.title() == null ? "" : "; the page's heading is used"));
    return doc.title();
  }

  private List<String> tags(Caption caption) {
    if (caption.tags() == null) {
      problems.body("NO_TAGS", 0, "the body has no TAGS line");
      return List.of();
    }
    // Tags are codes (PREL, MX, "CLINTON, HILLARY"): cables typed in lower case spell them so too, and
    // browsing by tag must gather both spellings under one.
    return caption.tags().stream().map(tag -> tag.toUpperCase(Locale.ROOT)).distinct().toList();
  }

  private List<Reference> references(Caption caption, ReferenceId id, int year) {
    int citingYear = year != 0 ? year : id == null ? 0 : id.year();
    List<Reference> references = new ArrayList<>();
    for (Reference r : caption.references() == null ? List.<Reference>of()
        : ReferenceListReader.read(caption.references(), citingYear)) {
      // a cable does not cite itself: its own number in a REF line is a page's top line glued to it
      references.add(r.id() != null && r.id().equals(id) ? new Reference(r.bullet(), r.text(), ReferenceKind.OTHER, null) : r);
    }
    for (String cited : doc.citedIds()) {
      Optional<ReferenceId> citedId = ReferenceIds.canonical(cited, citingYear);
      if (citedId.isPresent() && references.stream().noneMatch(r -> citedId.get().equals(r.id()))) {
        references.add(new Reference(null, cited, ReferenceKind.CABLE, citedId.get()));
        problems.body("REFERENCE_NOT_IN_TEXT", Math.max(caption.referencesLine(), 0),
            "the source cites " + citedId.get() + ", the REF line does not");
      }
    }
    return references;
  }

  private static List<String> handling(Caption caption) {
    List<String> handling = new ArrayList<>();
    if (caption.classificationLine() != null) {
      handling.addAll(caption.classificationLine().caveats());
    }
    for (String caveat : caption.handling()) {
      if (!handling.contains(caveat)) {
        handling.add(caveat);
      }
    }
    return handling;
  }

  private LocalDate declassifyOn(Caption caption) {
    Declassification declassification = caption.declassification();
    if (declassification == null) {
      return null;
    }
    if (declassification.unreadableDate() != null) {
      problems.body("UNREADABLE_DATE", caption.declassificationLine(),
          "the declassification date '" + declassification.unreadableDate() + "' is not a real date");
    }
    return declassification.on();
  }
}
