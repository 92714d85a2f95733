package org.cablearchive.archive;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Classification;
import org.cablearchive.model.Problem;
import org.cablearchive.model.SourceLocation;

/**
 * What a release says about its cable beside the text: the catalogue fields a source states in its own
 * columns (page table, cables.csv row, page-text row) and that win over the telegram's own reading — when
 * the cable was sent, its classification and its sending post. Two releases of one text (header and body
 * the same) with other statements are both kept, as versions told apart by their statement; their
 * disagreement is a {@link #CONFLICT} problem on the cable.
 *
 * <p>Not part of the statement: the release date (a later release of the same text replaces an unknown or
 * given date, see {@code DATED}), the source file and press articles (copies of one release), the page's
 * heading (the subject read from the text, used only when the text has none) and cables.csv's references
 * column (only cables.csv states it; its IDs are added to those the REF line cites).
 *
 * @param created when the cable was sent, as the release states it
 * @param classification its classification
 * @param origin the post that sent it
 */
public record Statement(Instant created, Classification classification, String origin) {
  /** The problem code of releases of one text that state different metadata. */
  public static final String CONFLICT = "CONFLICTING_METADATA";

  private static final List<String> FIELDS = List.of("created", "classification", "origin");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  public static Statement of(Cable cable) {
    return new Statement(cable.created(), cable.classification(), cable.origin());
  }

  /** One field two statements disagree on: its name and each one's value as shown. */
  public record Difference(String field, String value, String otherValue) {}

  /** The fields in which {@code other} states something else, in the order created, classification, origin. */
  public List<Difference> differences(Statement other) {
    List<Difference> differences = new ArrayList<>(3);
    for (String field : FIELDS) {
      String value = value(field);
      String otherValue = other.value(field);
      if (!value.equals(otherValue)) {
        differences.add(new Difference(field, value, otherValue));
      }
    }
    return differences;
  }

  /** A field's value as shown ("none stated" when the release has none). */
  public String value(String field) {
    return switch (field) {
      case "created" -> created == null ? "none stated" : created.getNano() != 0 ? created.toString()
          : (created.getEpochSecond() % 60 == 0 ? MINUTE : SECOND).format(created);
      case "classification" -> classification == null ? "none stated" : classification.label();
      case "origin" -> origin == null || origin.isBlank() ? "none stated" : origin;
      default -> throw new IllegalArgumentException("not a field of a statement: " + field);
    };
  }

  /**
   * A 64-bit hash of the statement that is the same in every JVM (FNV-1a over its fields' UTF-16 units,
   * each field closed by a unit no value holds). Only statements of one text are compared.
   */
  public long hash() {
    long h = 0xcbf29ce484222325L;
    h = mix(h, created == null ? "" : Long.toString(created.getEpochSecond()) + "." + created.getNano());
    h = mix(h, classification == null ? "" : classification.name());
    return mix(h, origin == null ? "" : origin);
  }

  /**
   * The hash of a release of a text with this statement: the text's 64-bit hash with the statement's mixed
   * in, so that {@link #textOf} has the text's back. How both backends tell releases apart.
   */
  public long releaseHash(long textHash) {
    return textHash ^ scrambled(hash());
  }

  /** The text's hash of a release, from the release's hash and its statement's {@link #hash()}. */
  public static long textOf(long releaseHash, long statementHash) {
    return releaseHash ^ scrambled(statementHash);
  }

  /** MurmurHash3's finalizer: every bit of the statement's hash moves about half of the result's. */
  private static long scrambled(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ h >>> 33;
  }

  private static long mix(long h, String value) {
    for (int i = 0; i < value.length(); i++) {
      h = (h ^ value.charAt(i)) * 0x100000001b3L;
    }
    return (h ^ 0xffff) * 0x100000001b3L;
  }

  /**
   * The problems of a document whose releases state different metadata for one text: one per field, naming
   * each value (in alphabetical order, which for dates is time order) with the sources that state it (by name,
   * then line). Empty when every text has one statement. Nothing in it depends on the order the releases were
   * stored in.
   */
  public static List<Problem> conflicts(List<Version> versions) {
    Map<String, Map<String, Set<SourceLocation>>> valuesByField = new LinkedHashMap<>();
    for (int i = 0; i < versions.size(); i++) {
      Cable cable = versions.get(i).cable();
      Statement statement = of(cable);
      for (int j = 0; j < i; j++) {
        Cable other = versions.get(j).cable();
        if (!sameText(cable, other)) {
          continue;
        }
        for (Difference d : of(other).differences(statement)) {
          Map<String, Set<SourceLocation>> values = valuesByField.computeIfAbsent(d.field(), k -> new TreeMap<>());
          values.computeIfAbsent(d.value(), k -> new TreeSet<>(SOURCE_ORDER)).add(located(other));
          values.computeIfAbsent(d.otherValue(), k -> new TreeSet<>(SOURCE_ORDER)).add(located(cable));
        }
      }
    }
    List<Problem> problems = new ArrayList<>();
    for (String field : FIELDS) {
      Map<String, Set<SourceLocation>> values = valuesByField.get(field);
      if (values == null) {
        continue;
      }
      List<String> stated = new ArrayList<>();
      values.forEach((value, sources) ->
          stated.add(value + " (" + String.join(", ", sources.stream().map(Statement::shown).toList()) + ")"));
      problems.add(new Problem(CONFLICT, 0, "releases of the same text state different " + field + ": "
          + String.join(", ", stated.subList(0, stated.size() - 1)) + " and " + stated.get(stated.size() - 1)
          + "; each is kept as a version"));
    }
    return problems;
  }

  /** Sources by file name, then line: the same order whatever the order releases were stored in. */
  private static final Comparator<SourceLocation> SOURCE_ORDER = Comparator
      .comparing((SourceLocation s) -> Objects.toString(s.withinSource().file(), "")).thenComparingInt(SourceLocation::line);

  /** Whether two releases hold the same text: header and body, character for character. */
  public static boolean sameText(Cable a, Cable b) {
    return a.header().length() == b.header().length() && a.body().length() == b.body().length()
        && a.header().equals(b.header()) && a.body().equals(b.body());
  }

  /** The cable with the conflicts of its document's releases added to its problems (itself when there are none). */
  public static Cable withConflicts(Cable current, List<Version> versions) {
    List<Problem> conflicts = conflicts(versions);
    if (conflicts.isEmpty()) {
      return current;
    }
    List<Problem> problems = new ArrayList<>(current.problems());
    problems.addAll(conflicts);
    return current.withProblems(problems);
  }

  private static SourceLocation located(Cable cable) {
    return cable.source() == null ? new SourceLocation(null, null, 0) : cable.source();
  }

  private static String shown(SourceLocation source) {
    return source.file() == null ? "an unknown source" : source.withinSource().toString();
  }
}
