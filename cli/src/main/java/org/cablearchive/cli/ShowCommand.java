package org.cablearchive.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.PublishedDocument;
import org.cablearchive.archive.Telegram;
import org.cablearchive.json.ArchivedCableJson;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Paragraph;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.telegram.ReferenceIds;
import org.cablearchive.web.Counted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cables show}: one cable with its versions and the cables that cite it. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Show one cable by its reference ID in any spelling (09MEXICO3093, '09 MEXICO 3093', a WikiLeaks URL, "
      + "a malformed published ID), with every stored version and the cables citing it. A section the release "
      + "published on its own is shown under its published ID (08SCTION02OF02SAOPAULO335); a telegram held only "
      + "in such sections lists them and says which are not in the release."
    })
final class ShowCommand implements Callable<Integer> {
  @Mixin ArchiveOptions archive = new ArchiveOptions();

  @Option(names = "--json", description = {"Print the cable's JSON plus 'versions', 'citedBy' and 'telegram', as /api/cables/ID",
      "answers; for a telegram held only in sections, its sections as /api/telegrams/ID answers."})
  boolean json;

  @Parameters(index = "0", paramLabel = "ID", description = "The cable's reference ID.")
  String spelled;

  @Override
  public Integer call() throws IOException {
    ReferenceId canonical = ReferenceIds.canonical(spelled, 0)
        .orElseThrow(() -> new UserError("'" + spelled + "' is not a reference ID such as 09MEXICO3093", 1));
    try (Archive a = archive.openExisting()) {
      Optional<ArchivedCable> found = asPublished(a);
      found = found.isPresent() ? found : a.find(canonical);
      if (found.isEmpty()) {
        Optional<Telegram> sections = a.telegram(canonical);
        if (sections.isPresent()) {
          System.out.println(json ? ArchivedCableJson.write(sections.get()) : onlyInSections(sections.get()));
          return 0;
        }
        int citing = a.citedBy(canonical).size();
        throw new UserError("the archive does not hold " + canonical
            + (citing > 0 ? " (" + Counted.of(citing, "archived cable") + (citing == 1 ? " cites" : " cite") + " it: ./cables search cites:" + canonical + ")" : ""), 1);
      }
      if (json) {
        System.out.println(ArchivedCableJson.write(found.get()));
      } else {
        printText(found.get());
      }
    }
    return 0;
  }

  /** The document kept under the ID as written: a section published on its own keeps its published ID. */
  private Optional<ArchivedCable> asPublished(Archive a) throws IOException {
    String written = spelled.strip().toUpperCase(Locale.ROOT);
    return ReferenceId.isCanonical(written) ? a.find(ReferenceId.of(written)) : Optional.empty();
  }

  private static String onlyInSections(Telegram telegram) {
    return "The archive holds " + telegram.id() + " only as sections published on their own:\n" + sections(telegram);
  }

  /** "  SECTION 1 OF 3  09SECTION01OF03SANJOSE525 (published on its own)", a line per section. */
  static String sections(Telegram telegram) {
    StringBuilder out = new StringBuilder();
    for (int n = 1; n <= telegram.sections(); n++) {
      out.append("  SECTION ").append(n).append(" OF ").append(telegram.sections()).append("  ");
      List<PublishedDocument> holding = telegram.holding(n);
      if (holding.isEmpty()) {
        out.append(telegram.missing().contains(n) ? "not in the release" : "not marked in any document's text");
      }
      out.append(String.join(", ", holding.stream().map(d -> d.id() + (d.part() ? " (published on its own)"
          : " (the telegram's own text)")).toList())).append('\n');
    }
    return out.toString().stripTrailing();
  }

  private static void printText(ArchivedCable archived) {
    Cable c = archived.cable();
    System.out.println("Cable " + c.documentId() + ": " + nullToEmpty(c.subject()));
    System.out.println("Created " + c.created() + "  Released " + released(c) + "  " + c.classification() + "  " + c.origin());
    if (archived.telegram() != null) {
      System.out.println((c.part() ? "Section " + c.section().number() + " of " + c.section().of() + " of telegram " + c.id()
          + ", published on its own" : "Telegram " + c.id()) + "; its sections in the release:");
      System.out.println(sections(archived.telegram()));
    }
    if (!c.tags().isEmpty()) {
      System.out.println("Tags: " + String.join(", ", c.tags()));
    }
    c.references().forEach(r -> System.out.println("Ref " + nullToEmpty(r.bullet()) + " " + r.text()
        + (r.id() != null ? " -> " + r.id() : "")));
    System.out.println();
    if (c.paragraphs().isEmpty()) {
      System.out.println(c.body());
    }
    for (Paragraph p : c.paragraphs()) {
      System.out.println("¶" + p.number() + (p.marking() != null ? " (" + p.marking() + ") " : " ") + p.text());
      System.out.println();
    }
    if (!c.signers().isEmpty()) {
      System.out.println(String.join(", ", c.signers()));
    }
    if (archived.versions().size() > 1) {
      System.out.println("\nVersions:");
      archived.versions().forEach(v -> System.out.println("  " + released(v.cable()) + (v.current() ? " (current) " : " ")
          + v.source()));
    }
    if (!archived.citedBy().isEmpty()) {
      System.out.println("\nCited by:");
      for (CableSummary s : archived.citedBy()) {
        System.out.println("  " + s.id() + "  " + nullToEmpty(s.subject()));
      }
    }
  }

  /** The release date, and where it came from when it was given at import rather than stated by the source. */
  private static String released(Cable c) {
    return c.released() + (c.releasedGiven() ? " (given at import)" : "");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
