package org.cablearchive.generate;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.cablearchive.generate.FrontMatter.Kind;
import org.cablearchive.model.Classification;

/**
 * Composes the body column: classification line (with SECTION x OF y when long), handling
 * caveats, E.O. line, TAGS, SUBJECT, REF, "Classified By", numbered paragraphs with their markings,
 * section breaks, and the signer. Texts are real ones from the sample; the length is drawn from the
 * sample's distribution of body lengths.
 */
final class TelegramBody {
  private static final int SECTION_CHARS = 7_500;
  /** Cables carry the SIPDIS caveat (distribution to SIPRNet) from about this year. */
  private static final int SIPDIS_FROM = 2005;

  private final ReleaseProfile profile;

  TelegramBody(ReleaseProfile profile) {
    this.profile = profile;
  }

  String compose(PlannedCable cable, Station station, List<Citation> cited, SplittableRandom random) {
    boolean wrapped = random.nextDouble() < profile.paragraphs().wrappedShare();
    Layout layout = new Layout(wrapped);
    int target = profile.bodyLength(random.nextDouble());
    int sections = 1 + target / SECTION_CHARS;
    String handling = handling(cable, station, random);
    StringBuilder b = new StringBuilder(target + 1_000);
    b.append(classificationLine(cable, station, 1, sections)).append(layout.line).append(layout.blank);
    b.append(handling);
    b.append(decontrol(cable)).append(layout.line);
    b.append("TAGS: ").append(profile.frontMatter().pick(Kind.TAGS, station.code(), random)).append(layout.line);
    b.append("SUBJECT: ").append(layout.lines(profile.frontMatter().pick(Kind.SUBJECT, station.code(), random)));
    b.append(layout.line).append(layout.blank);
    if (!cited.isEmpty()) {
      b.append(refLine(cable, cited)).append(layout.line).append(layout.blank);
    }
    if (isClassified(cable.classification())) {
      b.append(profile.frontMatter().pick(Kind.CLASSIFIED, station.code(), random)).append(layout.line).append(layout.blank);
    }
    paragraphs(b, cable, station, handling, layout, target, sections, random);
    b.append(profile.frontMatter().pick(Kind.SIGNER, station.code(), random));
    return b.toString();
  }

  private void paragraphs(StringBuilder b, PlannedCable cable, Station station, String handling, Layout layout,
      int target, int sections, SplittableRandom random) {
    int number = 1;
    int section = 1;
    String text = profile.paragraphs().pick(layout.wrapped, random);
    do {
      if (section < sections && b.length() > (long) target * section / sections) {
        section++;
        b.append(classificationLine(cable, station, section, sections)).append(layout.line).append(layout.blank).append(handling);
      }
      b.append(number++).append(". (").append(marking(cable.classification(), random)).append(") ").append(text)
          .append(layout.line).append(layout.blank);
      text = profile.paragraphs().pick(layout.wrapped, random);
    } while (b.length() + text.length() * 2 / 3 < target);
  }

  static String classificationLine(PlannedCable cable, Station station, int section, int sections) {
    Classification c = cable.classification();
    boolean old = cable.year() < 1990;
    String mark = switch (c) {
      case UNCLASSIFIED, UNCLASSIFIED_FOUO -> old ? "UNCLASSIFIED" : "UNCLAS";
      case CONFIDENTIAL, CONFIDENTIAL_NOFORN -> "C O N F I D E N T I A L";
      case SECRET, SECRET_NOFORN -> "S E C R E T";
    };
    String part = sections > 1 ? String.format(Locale.ROOT, " SECTION %02d OF %02d", section, sections) : "";
    String serial = old ? Long.toString(cable.serial()) : String.format(Locale.ROOT, "%06d", cable.serial());
    return mark + part + " " + station.name() + " " + serial;
  }

  /** A real handling block with the caveats this classification requires put first. */
  private String handling(PlannedCable cable, Station station, SplittableRandom random) {
    Layout layout = new Layout(true);
    StringBuilder h = new StringBuilder();
    Classification c = cable.classification();
    if (c == Classification.CONFIDENTIAL_NOFORN || c == Classification.SECRET_NOFORN) {
      h.append("NOFORN").append(layout.line);
    }
    if (c == Classification.UNCLASSIFIED_FOUO) {
      h.append("SENSITIVE").append(layout.line);
    }
    for (String line : profile.frontMatter().pick(Kind.HANDLING, station.code(), random).split("\n")) {
      boolean sipdisTooEarly = line.startsWith("SIPDIS") && cable.year() < SIPDIS_FROM;
      if (!line.startsWith("NOFORN") && !line.startsWith("SENSITIVE") && !sipdisTooEarly) {
        h.append(line).append(layout.line);
      }
    }
    return h.append(layout.blank).toString();
  }

  /** The declassification line of the executive order in force when the cable was sent. */
  static String decontrol(PlannedCable cable) {
    boolean classified = isClassified(cable.classification());
    LocalDateTime created = cable.created();
    if (cable.year() >= 1995) {
      return classified
          ? String.format(Locale.ROOT, "E.O. 12958: DECL: %1$tm/%1$td/%1$tY", created.plusYears(10))
          : "E.O. 12958: N/A";
    }
    String order = cable.year() >= 1982 ? "E.O. 12356" : "E.O. 11652";
    return order + (classified ? ": DECL: OADR" : ": N/A");
  }

  /** {@code REF: A. MEXICO 2463 B. 08 STATE 123456}; the year is written when it differs. */
  String refLine(PlannedCable cable, List<Citation> cited) {
    StringBuilder r = new StringBuilder("REF: ");
    int citingYy = cable.year() % 100;
    for (int i = 0; i < cited.size(); i++) {
      Citation c = cited.get(i);
      if (cited.size() > 1) {
        r.append(i == 0 ? "" : " ").append((char) ('A' + i)).append(". ");
      }
      if (c.yy() != citingYy) {
        r.append(String.format(Locale.ROOT, "%02d ", c.yy()));
      }
      r.append(profile.station(c.station()).name()).append(' ').append(c.serial());
    }
    return r.toString();
  }

  private static String marking(Classification c, SplittableRandom random) {
    int r = random.nextInt(10);
    return switch (c) {
      case UNCLASSIFIED -> "U";
      case UNCLASSIFIED_FOUO -> r < 8 ? "SBU" : "U";
      case CONFIDENTIAL -> r < 7 ? "C" : r < 9 ? "SBU" : "U";
      case CONFIDENTIAL_NOFORN -> r < 5 ? "C/NF" : r < 9 ? "C" : "U";
      case SECRET -> r < 6 ? "S" : r < 9 ? "C" : "U";
      case SECRET_NOFORN -> r < 5 ? "S/NF" : r < 8 ? "S" : "C";
    };
  }

  static boolean isClassified(Classification c) {
    return c != Classification.UNCLASSIFIED && c != Classification.UNCLASSIFIED_FOUO;
  }

  /** Line ends of the two layouts: wrapped pages end lines with a space and blank lines are a space. */
  private static final class Layout {
    final boolean wrapped;
    final String line = " \n";
    final String blank;

    Layout(boolean wrapped) {
      this.wrapped = wrapped;
      this.blank = wrapped ? " \n" : "\n";
    }

    String lines(String text) {
      return text.replace("\n", line);
    }
  }
}
