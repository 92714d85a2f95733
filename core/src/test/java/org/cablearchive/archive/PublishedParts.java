package org.cablearchive.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.source.SourceDocument;
import org.cablearchive.source.Sources;
import org.cablearchive.telegram.TelegramParser;

/**
 * The five sections the release published on their own under IDs garbled by their section line, and
 * the three telegrams of theirs it also published under the telegram's own ID: real pages of the
 * release, on the classpath so that they travel in core's test-jar.
 */
public final class PublishedParts {
  /** The pages, as the release's folders hold them. */
  public static final List<String> PAGES = List.of(
      "2008/06/08SAOPAULO335.html",
      "2008/06/08SCTION02OF02SAOPAULO335.html",
      "2008/07/08ECTION01OF02MANAMA492.html",
      "2008/07/08MANAMA492.html",
      "2008/10/08SECTION01GF02BISHIEK21.html",
      "2009/06/09SECTION01OF03SANJOSE525.html",
      "2009/07/09SECTION02OF03QRIPOLI583.html",
      "2009/07/09TRIPOLI583.html");

  private static List<Cable> cables;

  private PublishedParts() {}

  /** The eight pages parsed, in the order of {@link #PAGES}. */
  public static synchronized List<Cable> cables() {
    if (cables == null) {
      List<Cable> parsed = new ArrayList<>();
      TelegramParser parser = new TelegramParser();
      for (String page : PAGES) {
        try (InputStream in = PublishedParts.class.getResourceAsStream("/org/cablearchive/archive/parts/" + page)) {
          Sources.read(in, "cable/" + page, Optional.of(SourceFormat.HTML),
              item -> parsed.add(parser.parse((SourceDocument) item)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      cables = List.copyOf(parsed);
    }
    return cables;
  }

  /** The parsed page kept under {@code documentId}. */
  public static Cable page(String documentId) {
    return cables().stream().filter(c -> c.documentId().equals(ReferenceId.of(documentId))).findFirst().orElseThrow();
  }
}
