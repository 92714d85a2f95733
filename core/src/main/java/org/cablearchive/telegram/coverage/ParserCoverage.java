package org.cablearchive.telegram.coverage;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.cablearchive.model.Cable;
import org.cablearchive.source.CablePageReader;
import org.cablearchive.source.CsvReader;
import org.cablearchive.source.SourceDocument;
import org.cablearchive.source.SourceItem;
import org.cablearchive.telegram.TelegramParser;

/**
 * Measures the parser over real material: every cable page of a folder (compared with what each page
 * shows, read independently with jsoup) and, optionally, the same cables in cables.csv layout. Writes
 * docs/parser-coverage.md. Run it as documented there.
 */
public final class ParserCoverage {
  private static final DateTimeFormatter PAGE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final int PASSES = 4;
  private static final Pattern HEADING_MARKING = Pattern.compile("^\\(?[A-Z/]{1,8}\\)\\s+");
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final TelegramParser parser = new TelegramParser();
  private final Map<String, PageTruth> truths = new HashMap<>();
  final FieldTally pageFields = new FieldTally();
  final FieldTally csvFields = new FieldTally();
  final Map<String, Agreement> pageAgreement = agreements();
  final Map<String, Agreement> csvAgreement = agreements();
  final Throughput pageSpeed = new Throughput();
  final Throughput csvSpeed = new Throughput();
  int pageRejections;
  int csvRejections;

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ParserCoverage <cable-pages-folder> [cables.csv] [report.md] [cable-ids-by-month.csv.gz]");
      System.exit(2);
    }
    ParserCoverage coverage = new ParserCoverage();
    if (args.length > 3) {
      Set<String> stations = releaseStations(Path.of(args[3]));
      coverage.pageFields.releaseStations = stations;
      coverage.csvFields.releaseStations = stations;
    }
    List<Path> pages = coverage.pages(Path.of(args[0]));
    if (args.length > 1 && !args[1].isEmpty()) {
      coverage.csv(Path.of(args[1]));
    }
    String report = new CoverageReport(coverage, args[0], args.length > 1 ? args[1] : null, pages.size()).markdown();
    if (args.length > 2) {
      Files.writeString(Path.of(args[2]), report);
    }
    System.out.print(report);
  }

  /** The stations of the release's IDs, from its list of IDs by month ({@code 66BUENOSAIRES2481,12}, gzipped). */
  private static Set<String> releaseStations(Path idsByMonth) throws IOException {
    Set<String> stations = new HashSet<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(idsByMonth)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Matcher m = FieldTally.RELEASE_ID.matcher(line.split(",", 2)[0]);
        if (m.matches()) {
          stations.add(m.group(1));
        }
      }
    }
    return stations;
  }

  /**
   * This thread's CPU time: the figures must not depend on what else the (shared) machine runs, and
   * one thread's CPU time is what an import spends per core.
   */
  private static long cpuNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static Map<String, Agreement> agreements() {
    Map<String, Agreement> map = new LinkedHashMap<>();
    for (String field : List.of("id", "created", "released", "classification", "origin", "articles", "tags",
        "subject", "paragraph count", "paragraph count, with unanchored 'N.(X)'",
        "paragraph count, anchors corrected for the site's misses")) {
      map.put(field, new Agreement(field));
    }
    return map;
  }

  private List<Path> pages(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    List<byte[]> contents = new ArrayList<>(files.size());
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      contents.add(bytes);
      Cable cable = parsePage(bytes, file.toString());
      PageTruth truth = PageTruth.of(new String(bytes, StandardCharsets.UTF_8));
      if (truth.id() != null) {
        truths.put(truth.id(), truth);
      }
      if (cable != null) {
        pageFields.add(cable);
        compare(cable, truth, pageAgreement, true);
      }
    }
    timePages(files, contents);
    return files;
  }

  private Cable parsePage(byte[] bytes, String name) {
    List<SourceItem> items = new ArrayList<>(1);
    read(new CablePageReader(), bytes, name, items);
    if (items.isEmpty() || !(items.get(0) instanceof SourceDocument doc)) {
      pageRejections++;
      return null;
    }
    return parser.parse(doc);
  }

  private static void read(org.cablearchive.source.CableReader reader, byte[] bytes, String name, List<SourceItem> items) {
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      reader.read(in, name, items::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Times reading and parsing every page held in memory in {@link #PASSES} passes; the fastest counts (the
   * first warms the JIT, and the fastest is the one least disturbed by other work on the machine).
   */
  private void timePages(List<Path> files, List<byte[]> contents) {
    for (int pass = 0; pass < PASSES; pass++) {
      Throughput speed = new Throughput();
      CablePageReader reader = new CablePageReader();
      for (int i = 0; i < contents.size(); i++) {
        byte[] bytes = contents.get(i);
        List<SourceItem> items = new ArrayList<>(1);
        long start = cpuNanos();
        read(reader, bytes, files.get(i).toString(), items);
        long read = cpuNanos();
        if (!items.isEmpty() && items.get(0) instanceof SourceDocument doc) {
          parser.parse(doc);
          speed.add(bytes.length, doc.header().length() + doc.body().length(), read - start, cpuNanos() - read);
        }
      }
      pageSpeed.keepFaster(speed);
    }
  }

  private void csv(Path file) throws IOException {
    List<SourceDocument> docs = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      new CsvReader().read(in, file.toString(), item -> {
        if (item instanceof SourceDocument doc) {
          docs.add(doc);
        } else {
          csvRejections++;
        }
      });
    }
    for (SourceDocument doc : docs) {
      Cable cable = parser.parse(doc);
      csvFields.add(cable);
      PageTruth truth = truths.get(doc.idAsPublished());
      if (truth != null) {
        compare(cable, truth, csvAgreement, false);
      }
    }
    for (int pass = 0; pass < PASSES; pass++) {
      Throughput speed = new Throughput();
      for (SourceDocument doc : docs) {
        long start = cpuNanos();
        parser.parse(doc);
        speed.add(0, doc.header().length() + doc.body().length(), 0, cpuNanos() - start);
      }
      csvSpeed.keepFaster(speed);
    }
  }

  private static void compare(Cable c, PageTruth page, Map<String, Agreement> agreement, boolean fromPage) {
    String id = String.valueOf(c.id());
    String published = c.idAsPublished() != null ? c.idAsPublished() : id;
    agreement.get("id").record(id, published, page.id());
    agreement.get("created").record(id, c.created() == null ? null : PAGE_DATE.format(c.created()), page.created());
    if (fromPage || c.released() != null) {
      agreement.get("released").record(id, c.released() == null ? null : PAGE_DATE.format(c.released()), page.released());
    }
    agreement.get("classification").record(id, c.classification() == null ? null : c.classification().label(),
        page.classification());
    agreement.get("origin").record(id, c.origin(), page.origin());
    if (fromPage) {
      agreement.get("articles").record(id, c.articles(), page.articles());
    }
    if (!page.tagLinks().isEmpty()) {
      List<String> words = tagWords(c.tags());
      boolean agrees = words.size() >= page.tagLinks().size()
          && words.subList(0, page.tagLinks().size()).equals(page.tagLinks());
      agreement.get("tags").record(id, agrees ? page.tagLinks() : words, page.tagLinks());
    }
    if (page.title() != null) {
      String subject = c.subject() == null ? "" : collapse(c.subject());
      // the heading keeps the subject's portion marking (the site dropped its opening parenthesis: "C) …")
      // and a line's escaping backslash; the parser gives the marking its own field
      String title = HEADING_MARKING.matcher(collapse(page.title())).replaceFirst("");
      title = title.endsWith(" \\") ? title.substring(0, title.length() - 2) : title;
      if (!subject.isEmpty() && !title.isEmpty() && !Character.isLetterOrDigit(subject.charAt(0))
          && subject.charAt(0) != title.charAt(0)) {
        subject = subject.substring(1); // the site's heading drops a subject's opening quote or parenthesis
      }
      // the heading shows the subject's first line, which may hold text glued to it (REF, Classified By)
      boolean agrees = !subject.isEmpty() && (subject.startsWith(title) || title.startsWith(subject));
      agreement.get("subject").record(id, agrees ? title : subject, title);
    }
    if (page.paragraphAnchors() > 0) {
      agreement.get("paragraph count").record(id, c.paragraphs().size(), page.paragraphAnchors());
      agreement.get("paragraph count, with unanchored 'N.(X)'").record(id, c.paragraphs().size(),
          page.paragraphAnchors() + page.unanchoredMarkedParagraphs());
      agreement.get("paragraph count, anchors corrected for the site's misses").record(id, c.paragraphs().size(),
          page.correctedParagraphs());
    }
  }

  /** The tags as the page links them: words of letters and digits, punctuation dropped. */
  private static List<String> tagWords(List<String> tags) {
    List<String> words = new ArrayList<>();
    for (String tag : tags) {
      for (String word : tag.split("[^A-Za-z0-9]+")) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    }
    return words;
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
