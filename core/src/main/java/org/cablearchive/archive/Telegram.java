package org.cablearchive.archive;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.cablearchive.model.ReferenceId;

/**
 * A telegram the release published in more than one document, or only in sections: under its own
 * reference ID and as sections published on their own under the IDs the release gave them
 * ({@code 08SAOPAULO335} and {@code 08SCTION02OF02SAOPAULO335}), or as such sections alone
 * ({@code 09SECTION01OF03SANJOSE525} of {@code 09SANJOSE525}).
 *
 * @param id the telegram's canonical reference ID
 * @param documents its published documents: the one under the telegram's own ID first when the archive
 *     holds it, then the parts by section and ID
 */
public record Telegram(ReferenceId id, List<PublishedDocument> documents) {
  private static final Comparator<PublishedDocument> ORDER = Comparator
      .comparing((PublishedDocument d) -> d.part())
      .thenComparingInt(d -> d.section() == null ? 0 : d.section().number())
      .thenComparing(PublishedDocument::id);

  public Telegram {
    documents = List.copyOf(documents);
  }

  /** The telegram with its documents in the order of {@link #documents}. */
  public static Telegram of(ReferenceId id, Collection<PublishedDocument> documents) {
    return new Telegram(id, documents.stream().sorted(ORDER).toList());
  }

  /** How many sections the telegram has, as its documents state; 0 when none states it. */
  public int sections() {
    return documents.stream().filter(d -> d.section() != null).mapToInt(d -> d.section().of()).max().orElse(0);
  }

  /** The documents whose text holds section {@code number}, in the order of {@link #documents}. */
  public List<PublishedDocument> holding(int number) {
    return documents.stream().filter(d -> d.holds().contains(number)).toList();
  }

  /**
   * The sections no published document holds: what is not in the release. Empty as well when a document
   * {@linkplain PublishedDocument#mayHoldMore may hold more} than it is known to, since what is missing
   * cannot then be told.
   */
  public List<Integer> missing() {
    if (documents.stream().anyMatch(PublishedDocument::mayHoldMore)) {
      return List.of();
    }
    return IntStream.rangeClosed(1, sections()).filter(n -> holding(n).isEmpty()).boxed().toList();
  }
}
