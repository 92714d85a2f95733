package org.cablearchive.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cablearchive.json.CableJson;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.source.Rejection;
import org.cablearchive.source.SourceDocument;
import org.cablearchive.source.SourceItem;
import org.cablearchive.source.Sources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * The field cases (folder {@code fields/}, see its README): real cables in every source format, and for
 * each a few fields as a reader of the cable states them, written down by hand from the cable's text.
 * One dynamic test per case, named {@code <source> <field>}; a field the cable's JSON does not have is a
 * failing case like any other. The cases the parser does not read right yet are listed in
 * {@code known-failures.txt}, the parser's to-do list, which may only shrink.
 */
class FieldCasesTest {
  private static final Path FOLDER = Path.of("src/test/resources/fields");
  private static final Path JSON_DOC = Path.of("../docs/cable-json.md");
  private static final Path KNOWN_FAILURES = FOLDER.resolve("known-failures.txt");
  /** With {@code -Dfields.writeKnownFailures=true} the run writes the cases that fail to {@link #KNOWN_FAILURES}. */
  private static final boolean WRITE_KNOWN_FAILURES = Boolean.getBoolean("fields.writeKnownFailures");
  private static final String KNOWN_FAILURES_HEADER = """
      # Field cases the parser does not read right yet: one line per case, as source, field, matcher and
      # expected value. FieldCasesTest reports these as aborted while they fail and fails once one holds.
      # Written by: ./mvnw -q -pl core test -Dtest=FieldCasesTest -Dfields.writeKnownFailures=true""";
  private static final Set<String> MATCHERS = Set.of("equals", "startsWith", "endsWith", "contains", "notContains",
      "size");
  /** Folder of a fixture → the format it is read in (named, as with {@code parse --format}). */
  private static final Map<String, SourceFormat> FORMATS = Map.of("pages", SourceFormat.HTML,
      "csv", SourceFormat.CSV, "telegram", SourceFormat.TELEGRAM, "page-text", SourceFormat.PAGE_TEXT);
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d*)\\])?");
  private static final Pattern DOCUMENTED_KEY = Pattern.compile("^\\| `([A-Za-z]+)` \\|", Pattern.MULTILINE);
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private static final Map<String, JsonNode> PARSED = new ConcurrentHashMap<>();
  private static final Set<String> FAILING = ConcurrentHashMap.newKeySet();

  /** One case: a line of a {@code cases-*.jsonl} file. */
  record FieldCase(String file, int line, String source, String field, String matcher, JsonNode expected,
      String why) {
    String name() {
      return source + " " + field;
    }

    /** What identifies the case in known-failures.txt: source, field, matcher and the expected value. */
    String key() {
      return source + " " + field + " " + matcher + " " + expected;
    }
  }

  /**
   * One test per case. A case listed in known-failures.txt (what the parser does not read right yet) is
   * reported as aborted while it fails, and fails once it holds, so that the list only ever shrinks.
   */
  @TestFactory
  Stream<DynamicTest> everyCaseHolds() throws IOException {
    Set<String> known = knownFailures();
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(),
        URI.create("file:" + FOLDER.resolve(c.file()).toAbsolutePath() + "?line=" + c.line()),
        () -> checkAgainstKnown(c, known.contains(c.key()))));
  }

  private static void checkAgainstKnown(FieldCase c, boolean knownToFail) {
    try {
      check(c);
    } catch (AssertionFailedError failure) {
      FAILING.add(c.key());
      if (knownToFail || WRITE_KNOWN_FAILURES) {
        Assumptions.abort("known failure: " + failure.getMessage());
      }
      throw failure;
    }
    if (knownToFail && !WRITE_KNOWN_FAILURES) {
      throw new AssertionFailedError(c.name() + " now holds: remove it from " + KNOWN_FAILURES
          + " (or run with -Dfields.writeKnownFailures=true)");
    }
  }

  @AfterAll
  static void writeKnownFailures() throws IOException {
    if (WRITE_KNOWN_FAILURES) {
      List<String> lines = new ArrayList<>(List.of(KNOWN_FAILURES_HEADER.split("\n")));
      lines.addAll(new TreeSet<>(FAILING));
      Files.write(KNOWN_FAILURES, lines);
    }
  }

  /** The keys of known-failures.txt (comment lines start with #). */
  static Set<String> knownFailures() throws IOException {
    if (!Files.exists(KNOWN_FAILURES)) {
      return Set.of();
    }
    return Files.readAllLines(KNOWN_FAILURES).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .collect(Collectors.toSet());
  }

  @Test
  void theSuiteCoversEveryFieldDecadeAndFormat() throws IOException {
    List<FieldCase> cases = cases();
    assertThat(cases.size()).as("number of cases").isGreaterThanOrEqualTo(600);
    cases.forEach(FieldCasesTest::assertWellFormed);

    Set<String> used = cases.stream().map(FieldCase::source).collect(Collectors.toCollection(TreeSet::new));
    assertThat(fixtures()).as("fixtures without a case, or cases naming a missing fixture").isEqualTo(used);

    Map<String, Long> perKey = cases.stream().collect(Collectors.groupingBy(c -> topKey(c.field()),
        TreeMap::new, Collectors.counting()));
    for (String key : documentedKeys()) {
      assertThat(perKey.getOrDefault(key, 0L)).as("cases on the documented field '%s'", key)
          .isGreaterThanOrEqualTo(5);
    }

    Set<String> decades = used.stream().map(FieldCasesTest::decade).collect(Collectors.toCollection(TreeSet::new));
    assertThat(decades).as("decades of the cables").containsAll(List.of("1960s", "1970s", "1980s", "1990s",
        "2000s", "2010s"));
    Set<String> folders = used.stream().map(s -> s.substring(0, s.indexOf('/'))).collect(Collectors.toSet());
    assertThat(folders).as("source formats").containsExactlyInAnyOrderElementsOf(FORMATS.keySet());

    Set<String> keys = cases.stream().map(FieldCase::key).collect(Collectors.toSet());
    assertThat(keys).as("cases with the same source, field, matcher and value").hasSize(cases.size());
    assertThat(keys).as("known failures naming no case").containsAll(knownFailures());
  }

  private static void assertWellFormed(FieldCase c) {
    String where = c.file() + ":" + c.line();
    assertThat(c.source()).as(where + " source").matches("(pages|csv|telegram|page-text)/[^/]+");
    assertThat(c.field()).as(where + " field").matches("[A-Za-z]+(\\[\\d*\\])?(\\.[A-Za-z]+(\\[\\d*\\])?)*");
    assertThat(c.matcher()).as(where + " matcher").isIn(MATCHERS);
    assertThat(c.why()).as(where + " why").isNotBlank().doesNotContain("\n");
  }

  private static void check(FieldCase c) {
    JsonNode actual = select(cable(c.source()), c.field());
    if (actual.isMissingNode()) {
      throw new AssertionFailedError(c.name() + ": the cable's JSON has no " + c.field() + " (" + c.why() + ")",
          c.expected(), "(no such field)");
    }
    if (!holds(c.matcher(), c.expected(), actual)) {
      throw new AssertionFailedError(c.name() + ": expected " + c.matcher() + " " + c.expected() + " but was "
          + actual + " (" + c.why() + ")", c.expected(), actual);
    }
  }

  private static boolean holds(String matcher, JsonNode expected, JsonNode actual) {
    return switch (matcher) {
      case "equals" -> expected.equals(actual);
      case "startsWith" -> actual.isTextual() && collapse(actual.asText()).startsWith(collapse(expected.asText()));
      case "endsWith" -> actual.isTextual() && collapse(actual.asText()).endsWith(collapse(expected.asText()));
      case "contains" -> contains(actual, expected);
      case "notContains" -> (actual.isArray() || actual.isTextual()) && !contains(actual, expected);
      case "size" -> actual.isArray() && actual.size() == expected.asInt();
      default -> throw new IllegalArgumentException("unknown matcher " + matcher);
    };
  }

  private static boolean contains(JsonNode actual, JsonNode expected) {
    if (actual.isArray()) {
      for (JsonNode element : actual) {
        if (element.equals(expected)) {
          return true;
        }
      }
      return false;
    }
    return actual.isTextual() && collapse(actual.asText()).contains(collapse(expected.asText()));
  }

  private static String collapse(String text) {
    return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
  }

  /**
   * The value at {@code path}: keys joined by dots, a key followed by {@code [i]} takes the list's element
   * {@code i}, by {@code []} every element (the rest of the path is then taken from each).
   */
  static JsonNode select(JsonNode node, String path) {
    int dot = path.indexOf('.');
    String head = dot < 0 ? path : path.substring(0, dot);
    String rest = dot < 0 ? null : path.substring(dot + 1);
    Matcher m = SEGMENT.matcher(head);
    if (!m.matches() || node == null || !node.isObject() || !node.has(m.group(1))) {
      return MissingNode.getInstance();
    }
    JsonNode value = node.get(m.group(1));
    if (m.group(2) == null) {
      return rest == null ? value : select(value, rest);
    }
    if (!value.isArray()) {
      return MissingNode.getInstance();
    }
    if (m.group(2).isEmpty()) {
      var all = JsonNodeFactory.instance.arrayNode();
      for (JsonNode element : value) {
        all.add(rest == null ? element : select(element, rest));
      }
      return all;
    }
    JsonNode element = value.get(Integer.parseInt(m.group(2)));
    return element == null ? MissingNode.getInstance() : rest == null ? element : select(element, rest);
  }

  /** The cable of one fixture as JSON, read by the format its folder names and parsed once. */
  private static JsonNode cable(String source) {
    return PARSED.computeIfAbsent(source, FieldCasesTest::parse);
  }

  private static JsonNode parse(String source) {
    SourceFormat format = FORMATS.get(source.substring(0, source.indexOf('/')));
    List<SourceItem> items = new ArrayList<>();
    try (InputStream in = Files.newInputStream(FOLDER.resolve(source))) {
      Sources.read(in, source, Optional.of(format), items::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(items).as(source + ": one cable").hasSize(1);
    if (items.get(0) instanceof Rejection rejection) {
      throw new AssertionFailedError(source + " was rejected: " + rejection);
    }
    return CableJson.readTree(CableJson.write(new TelegramParser().parse((SourceDocument) items.get(0))));
  }

  static List<FieldCase> cases() {
    List<FieldCase> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(FOLDER)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("cases-.*\\.jsonl")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (!lines.get(i).isBlank()) {
            cases.add(fieldCase(file.getFileName().toString(), i + 1, lines.get(i)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  private static FieldCase fieldCase(String file, int line, String text) {
    JsonNode node = CableJson.readTree(text);
    List<String> matchers = new ArrayList<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!Set.of("source", "field", "why").contains(name)) {
        matchers.add(name);
      }
    }
    assertThat(matchers).as(file + ":" + line + ": exactly one matcher").hasSize(1);
    String matcher = matchers.get(0);
    return new FieldCase(file, line, node.path("source").asText(), node.path("field").asText(), matcher,
        node.get(matcher), node.path("why").asText());
  }

  private static Set<String> fixtures() throws IOException {
    Set<String> fixtures = new TreeSet<>();
    for (String folder : FORMATS.keySet()) {
      try (Stream<Path> files = Files.list(FOLDER.resolve(folder))) {
        files.forEach(f -> fixtures.add(folder + "/" + f.getFileName()));
      }
    }
    return fixtures;
  }

  /** The keys of the table of fields in docs/cable-json.md. */
  private static Set<String> documentedKeys() throws IOException {
    String doc = Files.readString(JSON_DOC);
    String fields = doc.substring(doc.indexOf("## Fields"));
    fields = fields.substring(0, fields.indexOf("\n## ", 1));
    Set<String> keys = new TreeSet<>();
    Matcher m = DOCUMENTED_KEY.matcher(fields);
    while (m.find()) {
      keys.add(m.group(1));
    }
    assertThat(keys).as("keys documented in " + JSON_DOC).contains("id", "paragraphs", "source");
    return keys;
  }

  private static String topKey(String field) {
    Matcher m = Pattern.compile("^[A-Za-z]+").matcher(field);
    return m.find() ? m.group() : field;
  }

  /** The decade of a cable from its ID's two-digit year (66 … 99 are the 1900s). */
  private static String decade(String source) {
    String name = source.substring(source.indexOf('/') + 1);
    int year = Integer.parseInt(name.substring(0, 2));
    int full = year >= 60 ? 1900 + year : 2000 + year;
    return (full / 10 * 10) + "s";
  }
}
