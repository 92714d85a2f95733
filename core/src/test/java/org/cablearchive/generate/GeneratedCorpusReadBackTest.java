package org.cablearchive.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.source.CsvReader;
import org.cablearchive.source.SourceDocument;
import org.cablearchive.source.SourceItem;
import org.cablearchive.telegram.TelegramParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The archive's own CSV reader and telegram parser read back what the generator wrote. */
class GeneratedCorpusReadBackTest {
  private static final int CABLES = 400;
  private static final long SEED = 21;
  private static List<PlannedCable> plan;
  private static final List<SourceItem> items = new ArrayList<>();

  @BeforeAll
  static void generateAndRead() throws IOException {
    StringWriter out = new StringWriter();
    new CorpusGenerator(SEED).write(CABLES, out, (cables, bytes) -> {});
    plan = ReleasePlan.of(ReleaseProfile.load(), CABLES, SEED);
    new CsvReader().read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "generated.csv", items::add);
  }

  @Test
  void everyRowIsReadWithThePlannedColumns() {
    assertThat(items).hasSize(CABLES).allSatisfy(item -> assertThat(item).isInstanceOf(SourceDocument.class));
    for (int i = 0; i < CABLES; i++) {
      SourceDocument d = (SourceDocument) items.get(i);
      PlannedCable p = plan.get(i);
      assertThat(d.idAsPublished()).isEqualTo(p.id());
      assertThat(d.created()).isEqualTo(p.created().toInstant(ZoneOffset.UTC));
      assertThat(d.classification()).isEqualTo(p.classification());
      assertThat(d.header().startsWith(TransmissionHeader.PARTIAL_EXTRACT)).isEqualTo(p.partial());
      assertThat(d.problems()).as(p.id()).isEmpty();
    }
  }

  @Test
  void theParserFindsSubjectTagsParagraphsAndTheCitedCables() {
    TelegramParser parser = new TelegramParser();
    for (SourceItem item : items) {
      SourceDocument d = (SourceDocument) item;
      Cable c = parser.parse(d);
      assertThat(c.subject()).as(d.idAsPublished()).isNotBlank();
      assertThat(c.tags()).as(d.idAsPublished()).isNotEmpty();
      assertThat(c.paragraphs()).as(d.idAsPublished()).isNotEmpty();
      assertThat(c.partial()).as(d.idAsPublished()).isEqualTo(d.header().startsWith(TransmissionHeader.PARTIAL_EXTRACT));
      assertThat(c.citedIds()).as(d.idAsPublished()).map(ReferenceId::value).containsExactlyInAnyOrderElementsOf(d.citedIds());
    }
  }
}
