package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cablearchive.archive.CableBuilder.cable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.MeaningModel;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SharedModel;
import org.cablearchive.archive.StoreOutcome;
import org.cablearchive.ingest.RelatedPass;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related cables worked out once by the pass after an import, and stored with each cable: on the bundled
 * sample, a stored list is the list worked out on request; a changed text sends back to the pass its own
 * cable and exactly the cables whose lists name it; a pass stopped after a commit goes on with exactly what
 * it had not stored. Cited-by lists, held IDs and summaries read from the reference graph equal those searched for.
 */
class StoredRelatedTest {
  @TempDir Path dir;

  private static LuceneArchive sample(Path folder, MeaningModel meaning) throws Exception {
    LuceneArchive archive = LuceneArchive.open(folder, meaning);
    List<Cable> newerFirst = new ArrayList<>(SampleCorpus.cables());
    newerFirst.sort(Comparator.comparing(SampleCorpus::isEarlier));
    archive.storeAll(newerFirst);
    archive.commit();
    return archive;
  }

  private static List<ReferenceId> ids() {
    return SampleCorpus.current().keySet().stream().sorted(Comparator.comparing(ReferenceId::value)).toList();
  }

  /** Each cable's related cables as its page lists them, in ID order. */
  private static Map<ReferenceId, List<CableSummary>> related(Archive archive, int limit) throws Exception {
    Map<ReferenceId, List<CableSummary>> lists = new LinkedHashMap<>();
    for (ReferenceId id : ids()) {
      lists.put(id, archive.related(id, limit));
    }
    return lists;
  }

  @Test
  void storedListsAreTheListsWorkedOutOnRequest() throws Exception {
    Map<ReferenceId, List<CableSummary>> onRequest;
    Map<ReferenceId, List<CableSummary>> onRequestAll;
    try (LuceneArchive archive = sample(dir.resolve("a"), SharedModel.MEANING)) {
      onRequest = related(archive, 8);
      onRequestAll = related(archive, Archive.RELATED_KEPT);
      assertThat(archive.cablesToRelate(false)).containsExactlyElementsOf(ids());

      RelatedPass.Progress done = new RelatedPass(archive).run();

      assertThat(done.stored()).isEqualTo(ids().size());
      assertThat(archive.cablesToRelate(false)).isEmpty();
      assertThat(related(archive, 8)).isEqualTo(onRequest);
      assertThat(related(archive, Archive.RELATED_KEPT)).isEqualTo(onRequestAll);
      assertThat(onRequest.values().stream().mapToInt(List::size).sum()).isEqualTo(8 * ids().size());
      assertThat(new RelatedPass(archive).run().stored()).isZero();
    }
    // read by another process, with the reference graph built (cables named are found through it) and without
    try (LuceneArchive reader = LuceneArchive.openReadOnly(dir.resolve("a"), SharedModel.MEANING)) {
      assertThat(related(reader, 8)).isEqualTo(onRequest);
      reader.network();
      assertThat(related(reader, 8)).isEqualTo(onRequest);
      assertThat(related(reader, Archive.RELATED_KEPT)).isEqualTo(onRequestAll);
    }
    // read without the meaning model, a cable with a vector is related by its words, as on request
    try (LuceneArchive words = LuceneArchive.openReadOnly(dir.resolve("a"))) {
      for (ReferenceId id : ids()) {
        assertThat(words.related(id, 8)).as("%s", id).isEqualTo(words.related(id, 8, SearchMode.WORDS));
      }
    }
  }

  @Test
  void aChangedTextSendsBackItsCableAndTheCablesWhoseListsNameIt() throws Exception {
    try (LuceneArchive archive = sample(dir.resolve("b"), null)) {
      new RelatedPass(archive).run();
      Map<ReferenceId, List<CableSummary>> stored = related(archive, Archive.RELATED_KEPT);
      ReferenceId changed = stored.values().stream().flatMap(List::stream).map(CableSummary::id)
          .filter(id -> SampleCorpus.current().get(id).id().equals(id)).findFirst().orElseThrow();
      Set<ReferenceId> naming = new HashSet<>();
      stored.forEach((id, list) -> {
        if (list.stream().anyMatch(s -> s.id().equals(changed))) {
          naming.add(id);
        }
      });
      assertThat(naming).isNotEmpty();

      Cable was = archive.find(changed).orElseThrow().cable();
      Cable retold = cable(changed.value()).subject(was.subject()).created("2009-01-01T00:00:00Z")
          .released("2012-01-01T00:00:00Z").paragraph("A text told again, about wheat and barley.").build();
      assertThat(archive.store(retold)).isEqualTo(StoreOutcome.UPDATED);
      archive.commit();

      Set<ReferenceId> expected = new HashSet<>(naming);
      expected.add(changed);
      assertThat(archive.cablesToRelate(false)).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(archive.cablesToRelate(true)).containsExactlyElementsOf(ids());
    }
  }

  @Test
  void aStoredListStandsUntilItsCablesChangeAndEveryListIsWorkedOutAgainWhenAskedTo() throws Exception {
    try (LuceneArchive archive = sample(dir.resolve("c"), null)) {
      new RelatedPass(archive).run();
      ReferenceId id = ids().get(0);
      Cable original = archive.find(id).orElseThrow().cable();
      List<CableSummary> before = archive.related(id, 8);
      // a new cable with the same words: on request it would lead the list, but the stored list stands
      assertThat(archive.store(cable("11TWINCABLE1").subject(original.subject()).body(original.body()).build()))
          .isEqualTo(StoreOutcome.ADDED);
      archive.commit();
      assertThat(archive.related(id, 8)).isEqualTo(before);
      assertThat(archive.related(id, 8, SearchMode.WORDS).get(0).id().value()).isEqualTo("11TWINCABLE1");
      assertThat(archive.cablesToRelate(false)).extracting(ReferenceId::value).containsExactly("11TWINCABLE1");

      new RelatedPass(archive).all(true).run();
      assertThat(archive.related(id, 8).get(0).id().value()).isEqualTo("11TWINCABLE1");
      assertThat(archive.related(id, 8)).isEqualTo(archive.related(id, 8, SearchMode.WORDS));
    }
  }

  @Test
  void aPassStoppedAfterACommitGoesOnWithWhatItHadNotStored() throws Exception {
    Path folder = dir.resolve("d");
    List<ReferenceId> pending;
    try (LuceneArchive archive = sample(folder, null)) {
      pending = archive.cablesToRelate(false);
      archive.storeRelated(pending.subList(0, 200));
      archive.commit();
    }
    try (LuceneArchive again = LuceneArchive.open(folder, null)) {
      assertThat(again.cablesToRelate(false)).containsExactlyElementsOf(pending.subList(200, pending.size()));
      assertThat(new RelatedPass(again).run().stored()).isEqualTo(pending.size() - 200);
      assertThat(again.cablesToRelate(false)).isEmpty();
    }
  }

  @Test
  void citedByHeldIdsAndSummariesFromTheReferenceGraphAreThoseSearchedFor() throws Exception {
    Path folder = dir.resolve("e");
    sample(folder, null).close();
    try (LuceneArchive archive = LuceneArchive.openReadOnly(folder)) {
      Map<ReferenceId, List<CableSummary>> searchedCitedBy = new LinkedHashMap<>();
      Map<ReferenceId, Set<ReferenceId>> searchedHeld = new LinkedHashMap<>();
      Map<ReferenceId, List<CableSummary>> searchedCiting = new LinkedHashMap<>();
      Set<ReferenceId> cited = new TreeSet<>(Comparator.comparing(ReferenceId::value));
      for (ReferenceId id : ids()) {
        ArchivedCable found = archive.find(id).orElseThrow();
        searchedCitedBy.put(id, found.citedBy());
        searchedHeld.put(id, archive.held(found.cable().citedIds()));
        cited.addAll(found.cable().citedIds());
      }
      for (ReferenceId id : cited) {
        searchedCiting.put(id, archive.citedBy(id));
      }
      assertThat(searchedCitedBy.values().stream().mapToInt(List::size).sum()).isPositive();
      assertThat(searchedHeld.values().stream().mapToInt(Set::size).sum()).isPositive();
      // a list as a page asks for one, in no order of the index, with an ID asked twice and IDs not held
      List<ReferenceId> listed = new ArrayList<>(ids());
      listed.add(0, listed.get(listed.size() - 1));
      listed.addAll(cited);
      java.util.Collections.reverse(listed);
      List<CableSummary> searchedSummaries = archive.summaries(listed);
      assertThat(searchedSummaries).hasSize(ids().size() + 1 + (int) cited.stream().filter(ids()::contains).count());

      archive.network();

      assertThat(archive.summaries(listed)).isEqualTo(searchedSummaries);

      for (ReferenceId id : ids()) {
        ArchivedCable found = archive.find(id).orElseThrow();
        assertThat(found.citedBy()).as("cited by, %s", id).isEqualTo(searchedCitedBy.get(id));
        assertThat(archive.held(found.cable().citedIds())).as("held, %s", id).isEqualTo(searchedHeld.get(id));
      }
      for (ReferenceId id : cited) {
        assertThat(archive.citedBy(id)).as("citing %s", id).isEqualTo(searchedCiting.get(id));
      }
    }
  }
}
