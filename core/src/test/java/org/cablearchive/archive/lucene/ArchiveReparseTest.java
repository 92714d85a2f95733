package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.MeaningCoverage;
import org.cablearchive.archive.PublishedParts;
import org.cablearchive.archive.SharedModel;
import org.cablearchive.archive.Version;
import org.cablearchive.ingest.Reparse;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.telegram.TelegramParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.cablearchive.archive.StoreOutcome;
import org.cablearchive.model.Classification;

/**
 * Archives built by earlier versions, read as they are, refused for storing, and brought up to date in
 * place. {@code layout4-archive.zip}, {@code layout5-archive.zip} and {@code layout6-archive.zip} are the indexes those versions made
 * importing the eight pages of {@link PublishedParts} (layout 4 with cables stored in layout 1 and no facts
 * for the network; layout 5 with cables stored in layout 2 and their facts): both kept the three sections
 * published beside their telegram's page as versions of that telegram, and the two others under their
 * telegram's ID. Layout 6 kept each page a document of its own, and its releases without their statement.
 */
class ArchiveReparseTest {
  private static final List<String> DOCUMENTS = List.of("08SAOPAULO335", "08SCTION02OF02SAOPAULO335",
      "08ECTION01OF02MANAMA492", "08MANAMA492", "08SECTION01GF02BISHIEK21", "09SECTION01OF03SANJOSE525",
      "09SECTION02OF03QRIPOLI583", "09TRIPOLI583");

  @TempDir Path temp;

  private Path oldArchive() throws IOException {
    return oldArchive(4);
  }

  private Path oldArchive(int layout) throws IOException {
    Path data = temp.resolve("data" + layout);
    try (InputStream in = getClass().getResourceAsStream("layout" + layout + "-archive.zip");
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.isDirectory()) {
          continue;
        }
        Path file = data.resolve(entry.getName());
        Files.createDirectories(file.getParent());
        Files.copy(zip, file);
      }
    }
    return data;
  }

  @Test
  void anOlderArchiveIsReadAsItIsAndSaysWhatBringsItUpToDate() throws Exception {
    Path data = oldArchive();
    try (LuceneArchive archive = LuceneArchive.openReadOnly(data)) {
      assertThat(archive.outdated()).hasValue("the archive in " + data + " was built by an earlier version of Cable Archive"
          + " (layout 4: sections published on their own are kept as versions of their telegram, cables lack their"
          + " headings and subject markings, and the pages of people, posts and threads know none of them); bring it"
          + " up to date with: cables reparse --data " + data);
      assertThat(archive.stats().cables()).isEqualTo(5);
      assertThat(archive.stats().versions()).isEqualTo(8);
      assertThat(archive.find(ReferenceId.of("08SAOPAULO335")).orElseThrow().versions()).hasSize(2);
    }
    assertThatThrownBy(() -> LuceneArchive.open(data)).hasMessage("the archive in " + data + " was built by an earlier"
        + " version of Cable Archive (layout 4: sections published on their own are kept as versions of their telegram,"
        + " cables lack their headings and subject markings, and the pages of people, posts and threads know none of"
        + " them); nothing can be stored into it until it is brought up to date with: cables reparse --data " + data);
  }

  @Test
  void anArchiveWithTheNetworksFactsButPartsAsVersionsIsReadAsItIsAndSaysWhatBringsItUpToDate() throws Exception {
    Path data = oldArchive(5);
    try (LuceneArchive archive = LuceneArchive.openReadOnly(data)) {
      assertThat(archive.outdated()).hasValue("the archive in " + data + " was built by an earlier version of Cable Archive"
          + " (layout 5: sections published on their own are kept as versions of their telegram, and cables were read by"
          + " an earlier parser); bring it up to date with: cables reparse --data " + data);
      assertThat(archive.stats().cables()).isEqualTo(5);
      assertThat(archive.stats().versions()).isEqualTo(8);
      assertThat(archive.network().heldCount()).isEqualTo(5);
    }
    assertThatThrownBy(() -> LuceneArchive.open(data)).hasMessageStartingWith("the archive in " + data + " was built by"
        + " an earlier version of Cable Archive (layout 5: ").hasMessageEndingWith("; nothing can be stored into it until"
        + " it is brought up to date with: cables reparse --data " + data);
  }

  @Test
  void anArchiveWhoseReleasesLackTheirStatementIsBroughtUpToDateAndThenTellsStatementsApart() throws Exception {
    Path data = oldArchive(6);
    try (LuceneArchive archive = LuceneArchive.openReadOnly(data)) {
      assertThat(archive.outdated()).hasValue("the archive in " + data + " was built by an earlier version of Cable Archive"
          + " (layout 6: releases of one text are told apart by their text alone, so that a second statement of its"
          + " metadata would be lost); bring it up to date with: cables reparse --data " + data);
      assertThat(archive.stats().cables()).isEqualTo(8);
    }
    assertThatThrownBy(() -> LuceneArchive.open(data)).hasMessageEndingWith("; nothing can be stored into it until it"
        + " is brought up to date with: cables reparse --data " + data);
    try (LuceneArchive archive = LuceneArchive.openToReparse(data)) {
      readAgain(archive, archive.pendingReparse(false).ids());
      archive.markUpToDate();
      assertFreshlyImported(archive);
    }
    try (LuceneArchive archive = LuceneArchive.open(data)) {
      assertThat(archive.storeAll(PublishedParts.cables())).containsOnly(StoreOutcome.UNCHANGED);
      Cable page = PublishedParts.page("08MANAMA492");
      Cable restated = new Cable(page.id(), page.idAsPublished(), page.part(), page.created(), page.released(),
          page.releasedGiven(), page.classification() == Classification.SECRET ? Classification.CONFIDENTIAL
          : Classification.SECRET, page.origin(), page.subject(), page.subjectMarking(), page.tags(),
          page.references(), page.transmissionId(), page.precedence(), page.dateTimeGroup(), page.from(), page.to(),
          page.info(), page.handling(), page.section(), page.declassifyOn(), page.classifiedBy(), page.classifiedByTitle(),
          page.classificationReasons(), page.signers(), page.summary(), page.paragraphs(), page.headings(), page.articles(),
          page.partial(), page.header(), page.body(), page.problems(), page.source());
      assertThat(archive.store(restated)).isEqualTo(StoreOutcome.CONFLICT);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 5, 6})
  void eachOlderLayoutIsBroughtUpToDateWithTheNetworksFactsOfEveryDocument(int layout) throws Exception {
    Path data = oldArchive(layout);
    try (LuceneArchive archive = LuceneArchive.openToReparse(data)) {
      assertThat(archive.network().heldCount()).isEqualTo(layout == 4 ? 0 : layout == 5 ? 5 : 8);
      LuceneArchive.Pending pending = archive.pendingReparse(false);
      assertThat(pending.releases()).isEqualTo(8);
      readAgain(archive, pending.ids());
      archive.markUpToDate();
      assertFreshlyImported(archive);
      assertThat(archive.network().heldCount()).isEqualTo(8);
    }
  }

  @Test
  void readingEveryReleaseAgainMakesTheArchiveAFreshImportWouldMake() throws Exception {
    Path data = oldArchive();
    try (LuceneArchive archive = LuceneArchive.openToReparse(data)) {
      LuceneArchive.Pending pending = archive.pendingReparse(false);
      assertThat(pending.ids()).extracting(ReferenceId::value)
          .containsExactly("08BISHKEK21", "08MANAMA492", "08SAOPAULO335", "09SANJOSE525", "09TRIPOLI583");
      assertThat(pending.releases()).isEqualTo(8);
      readAgain(archive, pending.ids());
      archive.markUpToDate();
      assertThat(archive.outdated()).isEmpty();
      assertThat(archive.pendingReparse(false).ids()).isEmpty();
    }
    try (LuceneArchive archive = LuceneArchive.open(data)) {
      assertFreshlyImported(archive);
    }
  }

  @Test
  void aReparseWithTheMeaningModelGivesEveryDocumentReadAgainItsVector() throws Exception {
    Path data = oldArchive(5);
    try (LuceneArchive archive = LuceneArchive.openToReparse(data, SharedModel.MEANING)) {
      assertThat(archive.meaningCoverage().withMeaning()).isZero();
      readAgain(archive, archive.pendingReparse(false).ids());
      archive.markUpToDate();
      assertFreshlyImported(archive);
      assertThat(archive.meaningCoverage()).isEqualTo(new MeaningCoverage(SharedModel.MEANING.name(), 8, 8));
      readAgain(archive, archive.pendingReparse(true).ids());
      archive.commit();
      assertThat(archive.meaningCoverage()).isEqualTo(new MeaningCoverage(SharedModel.MEANING.name(), 8, 8));
    }
  }

  @Test
  void anInterruptedReparseGoesOnWhereItStoppedAndAnotherChangesNothing() throws Exception {
    Path data = oldArchive();
    try (LuceneArchive archive = LuceneArchive.openToReparse(data)) {
      readAgain(archive, archive.pendingReparse(false).ids().subList(0, 3));
      archive.commit();
    }
    try (LuceneArchive archive = LuceneArchive.openReadOnly(data)) {
      assertThat(archive.outdated()).isPresent();
      assertThat(archive.stats().cables()).isEqualTo(7);
    }
    try (LuceneArchive archive = LuceneArchive.openToReparse(data)) {
      LuceneArchive.Pending left = archive.pendingReparse(false);
      assertThat(left.ids()).extracting(ReferenceId::value).containsExactly("09SANJOSE525", "09TRIPOLI583");
      assertThat(left.releases()).isEqualTo(3);
      readAgain(archive, left.ids());
      archive.markUpToDate();
      assertFreshlyImported(archive);
      LuceneArchive.Pending everything = archive.pendingReparse(true);
      assertThat(everything.ids()).extracting(ReferenceId::value).containsExactlyElementsOf(DOCUMENTS.stream().sorted().toList());
      assertThat(everything.releases()).isEqualTo(8);
      readAgain(archive, everything.ids());
      archive.commit();
      assertFreshlyImported(archive);
    }
  }

  private static void readAgain(LuceneArchive archive, List<ReferenceId> ids) throws IOException {
    Reparse reparse = new Reparse(new TelegramParser()::parse);
    for (ReferenceId id : ids) {
      archive.replace(id, archive.releases(id).stream().map(reparse::release).toList());
    }
  }

  /** Each page a document of its own, as the current parser reads it, problems and their lines included. */
  private static void assertFreshlyImported(LuceneArchive archive) throws IOException {
    archive.commit();
    assertThat(archive.stats().cables()).isEqualTo(8);
    assertThat(archive.stats().versions()).isEqualTo(8);
    for (String id : DOCUMENTS) {
      ArchivedCable found = archive.find(ReferenceId.of(id)).orElseThrow();
      Cable page = PublishedParts.page(id);
      assertThat(found.cable()).as(id).isEqualTo(page);
      assertThat(found.versions()).extracting(Version::cable).containsExactly(page);
    }
    assertThat(archive.telegram(ReferenceId.of("09SANJOSE525")).orElseThrow().missing()).containsExactly(2, 3);
  }
}
