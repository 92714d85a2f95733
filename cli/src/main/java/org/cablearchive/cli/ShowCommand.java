package org.cablearchive.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.CableSummary;
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
      "Show one cable by its reference ID in any spelling (09MEXICO3093, '09 MEXICO 3093', a WikiLeaks URL,",
      "a malformed published ID), with every stored version and the cables citing it."
    })
final class ShowCommand implements Callable<Integer> {
  @Mixin ArchiveOptions archive = new ArchiveOptions();

  @Option(names = "--json", description = "Print the cable's JSON plus 'versions' and 'citedBy', as /api/cables/ID answers.")
  boolean json;

  @Parameters(index = "0", paramLabel = "ID", description = "The cable's reference ID.")
  String spelled;

  @Override
  public Integer call() throws IOException {
    ReferenceId id = ReferenceIds.canonical(spelled, 0)
        .orElseThrow(() -> new UserError("'" + spelled + "' is not a reference ID such as 09MEXICO3093", 1));
    try (Archive a = archive.openExisting()) {
      Optional<ArchivedCable> found = a.find(id);
      if (found.isEmpty()) {
        int citing = a.citedBy(id).size();
        throw new UserError("the archive does not hold " + id
            + (citing > 0 ? " (" + Counted.of(citing, "archived cable") + (citing == 1 ? " cites" : " cite") + " it: ./cables search cites:" + id + ")" : ""), 1);
      }
      if (json) {
        System.out.println(ArchivedCableJson.write(found.get()));
      } else {
        printText(found.get());
      }
    }
    return 0;
  }

  private static void printText(ArchivedCable archived) {
    Cable c = archived.cable();
    System.out.println("Cable " + c.id() + ": " + nullToEmpty(c.subject()));
    System.out.println("Created " + c.created() + "  Released " + c.released() + "  " + c.classification() + "  " + c.origin());
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
      archived.versions().forEach(v -> System.out.println("  " + v.released() + (v.current() ? " (current) " : " ") + v.source()));
    }
    if (!archived.citedBy().isEmpty()) {
      System.out.println("\nCited by:");
      for (CableSummary s : archived.citedBy()) {
        System.out.println("  " + s.id() + "  " + nullToEmpty(s.subject()));
      }
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
