package org.cablearchive.archive;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableNetwork;

/**
 * A store of cables and their versions, with search. Implementations are thread-safe: many
 * threads may {@link #store} at once while others search.
 */
public interface Archive extends AutoCloseable {

  /**
   * Stores one release of a cable under its {@link Cable#documentId()}: a section of a telegram published on
   * its own is a document of its own, never a version of the telegram. A text equal to a stored version,
   * with the same {@link Statement} (created, classification, origin), changes nothing, except that a release
   * date its source states replaces one given at import (or none); a new text becomes a new version, and so
   * does a held text with another statement ({@link StoreOutcome#CONFLICT}: both are kept, and
   * {@link #find} shows their disagreement as a problem on the cable). The current version is always the
   * latest release; between releases of equal date, the one whose text and statement hash higher, so that
   * it never depends on the order releases were stored in. An archive
   * opened with a {@link MeaningModel} to store meanings gives a text that becomes current its meaning
   * vector (and one that is current without a vector, too).
   */
  StoreOutcome store(Cable cable) throws IOException;

  /**
   * Stores releases in turn, as {@link #store} stores each, and gives their outcomes in the same order.
   * An implementation may prepare them together first: an import hands over a batch at a time.
   */
  default List<StoreOutcome> storeAll(List<Cable> cables) throws IOException {
    List<StoreOutcome> outcomes = new java.util.ArrayList<>(cables.size());
    for (Cable cable : cables) {
      outcomes.add(store(cable));
    }
    return outcomes;
  }

  /**
   * Tells the archive that the calling thread has stored all it will before the next {@link #commit}.
   * An archive that buffers what threads store may write buffers out now, on this thread: when each
   * thread of an import does so as it finishes, they write side by side instead of the commit alone.
   */
  default void finishStoring() throws IOException {}

  /** Makes everything stored so far durable and visible to searches. */
  void commit() throws IOException;

  /**
   * Commits, and gives back the space of documents replaced since (as when {@link #storeMeanings}
   * rewrote many): a backend that keeps replaced documents until it merges them merges them now.
   */
  void commitAndReclaimSpace() throws IOException;

  /**
   * The document kept under {@code id} — a cable under its canonical ID, or a section published on its own
   * under its published ID — with its versions, the cables citing it and, when the release published its
   * telegram in more than one document, those documents.
   */
  Optional<ArchivedCable> find(ReferenceId id) throws IOException;

  /**
   * The published documents of the telegram whose canonical ID is {@code id}, when the release published it
   * in more than one document or only in sections ({@code 09SANJOSE525} is held only as
   * {@code 09SECTION01OF03SANJOSE525}); empty when the archive holds it as one document, or not at all.
   */
  Optional<Telegram> telegram(ReferenceId id) throws IOException;

  /** Runs a query. Throws {@link QueryException} for a query that cannot be run. */
  SearchResult search(SearchRequest request) throws IOException;

  /** The cables whose references include {@code id}, whether or not the archive holds {@code id}. */
  List<CableSummary> citedBy(ReferenceId id) throws IOException;

  /**
   * Cables most like the given one, best first, the cable itself excluded: by its words ("more like
   * this"), by its meaning, or both rankings fused. A cable without a meaning vector is related by its words.
   */
  List<CableSummary> related(ReferenceId id, int limit, SearchMode by) throws IOException;

  /** Related cables as the cable page shows them: {@link #RELATED_BY}. */
  default List<CableSummary> related(ReferenceId id, int limit) throws IOException {
    return related(id, limit, RELATED_BY);
  }

  /**
   * How cables are related unless asked otherwise: by both words and meaning, which found more of the
   * cables a cable cites or is cited by than either alone (docs/meaning.md).
   */
  SearchMode RELATED_BY = SearchMode.BOTH;

  /**
   * How many related cables {@link #storeRelated} keeps per cable: {@link #related(ReferenceId, int)} up to
   * this many is read from the stored list (the cable page shows 8).
   */
  int RELATED_KEPT = 10;

  /**
   * The cables whose related cables ({@link #RELATED_BY}, {@link #RELATED_KEPT}) are not stored, or are stored
   * out of date — the document was rewritten (a new or redated text, a meaning vector given), a cable its list
   * names has another text now or is no longer held, or the list was worked out with another meaning model —
   * in order of ID; with {@code all}, every cable. The work of the pass after an import. An archive that
   * stores no lists (it works each out on request) has none.
   */
  default List<ReferenceId> cablesToRelate(boolean all) throws IOException {
    return List.of();
  }

  /**
   * Works out the related cables of these cables, as {@link #related(ReferenceId, int)} would now, and stores
   * them with each cable; durable and visible after the next {@link #commit()}. A cable whose text changed
   * since the last commit is left out (the next pass reaches it). Threads may call it at once.
   */
  default void storeRelated(List<ReferenceId> ids) throws IOException {}

  /**
   * Which of {@code ids} the archive holds, in a set: what a cable page marks among the cables it cites. A
   * cable is held when a document is kept under its ID, or, for a telegram the release published only in
   * sections of their own ({@code 09SANJOSE525}), under one of those sections.
   */
  default Set<ReferenceId> held(List<ReferenceId> ids) throws IOException {
    Set<ReferenceId> held = new HashSet<>();
    summaries(ids).forEach(summary -> held.add(summary.id()));
    if (held.size() < ids.size()) {
      CableNetwork network = network();
      ids.stream().filter(network::holds).forEach(held::add);
    }
    return held;
  }

  /** How many cables have a meaning vector from the model the archive was opened with. */
  MeaningCoverage meaningCoverage() throws IOException;

  /**
   * Current texts without a vector from the archive's meaning model, in order of reference ID after
   * {@code after} (null: from the first), at most {@code limit}: the work of {@code cables embed}.
   */
  List<CableToEmbed> cablesToEmbed(String after, int limit) throws IOException;

  /**
   * Stores meaning vectors computed for {@link #cablesToEmbed}; one whose text is no longer the current
   * one is left out. Durable and visible after the next {@link #commit()}.
   */
  void storeMeanings(List<EmbeddedCable> cables) throws IOException;

  /** Counts over the whole archive. */
  ArchiveStats stats() throws IOException;

  /**
   * The whole archive at a glance, as its front page shows it: {@link ArchiveOverview#searched} unless the
   * archive keeps it ready. It is the first thing a reader sees, so it is asked for as a server starts.
   */
  default ArchiveOverview overview() throws IOException {
    return ArchiveOverview.searched(this);
  }

  /**
   * Cables per day of release, counted from the archive's own statistics (never by reading every
   * cable), and without holding up other requests while counting.
   */
  ReleaseDates releaseDates() throws IOException;

  /**
   * The people, posts and reference graph of every current cable as of the last {@link #commit()}, with
   * the citation rank. It is built once for each state of the archive (not for each call), so that a
   * later import shows in it as soon as it is committed.
   */
  CableNetwork network() throws IOException;

  /**
   * Starts preparing, on a background thread, what pages will ask of this archive (such as the
   * {@link #network()}), and keeps doing so for each later state: a server calls it once it listens.
   * Answers stay the same whether or not it has run; an archive with nothing to prepare does nothing.
   */
  default void warmInBackground() throws IOException {}

  /** What a list shows of each held cable among {@code ids}, in the order given; IDs the archive does not hold are left out. */
  List<CableSummary> summaries(List<ReferenceId> ids) throws IOException;

  /**
   * Hands the current version of every cable matching {@code query} (blank: every cable) to {@code sink},
   * one at a time and with no cap, in the order the archive keeps them: memory stays flat however many match.
   * Throws {@link QueryException} for a query that cannot be run.
   */
  void export(String query, CableSink sink) throws IOException;

  /** Takes exported cables one at a time. */
  @FunctionalInterface
  interface CableSink {
    void accept(Cable cable) throws IOException;
  }

  @Override
  void close() throws IOException;
}
