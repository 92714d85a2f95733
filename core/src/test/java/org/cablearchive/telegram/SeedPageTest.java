package org.cablearchive.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cablearchive.model.Addressee;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Classification;
import org.cablearchive.model.Paragraph;
import org.cablearchive.model.Precedence;
import org.cablearchive.model.Reference;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.model.ReferenceKind;
import org.cablearchive.model.RoutingIndicator;
import org.cablearchive.model.Section;
import org.cablearchive.source.PageTextReader;
import org.cablearchive.source.SourceDocument;
import org.cablearchive.source.SourceItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed page (09MEXICO3093 saved as text) read by PageTextReader and TelegramParser. */
class SeedPageTest {
  private static Cable cable;

  @BeforeAll
  static void read() throws IOException {
    List<SourceItem> items = new ArrayList<>();
    try (InputStream in = SeedPageTest.class.getResourceAsStream("/seed/09MEXICO3093-page.txt")) {
      new PageTextReader().read(in, "09MEXICO3093-page.txt", items::add);
    }
    assertThat(items).hasSize(1).first().isInstanceOf(SourceDocument.class);
    cable = new TelegramParser().parse((SourceDocument) items.get(0));
  }

  @Test
  void tableFields() {
    assertThat(cable.id()).isEqualTo(ReferenceId.of("09MEXICO3093"));
    assertThat(cable.idAsPublished()).isNull();
    assertThat(cable.created()).isEqualTo(Instant.parse("2009-10-27T22:38:00Z"));
    assertThat(cable.released()).isEqualTo(Instant.parse("2011-08-30T01:44:00Z"));
    assertThat(cable.classification()).isEqualTo(Classification.CONFIDENTIAL);
    assertThat(cable.origin()).isEqualTo("Embassy Mexico");
    assertThat(cable.articles()).containsExactly(
        "http://wikileaks.jornada.com.mx/notas/para-calderon-las-violaciones-a-los-derechos-son-un-precio-a-pagar-informo-la-embajada");
  }

  @Test
  void caption() {
    assertThat(cable.subject()).isEqualTo("SCENESETTER FOR SEPARATE MERIDA-RELATED VISITS");
    assertThat(cable.subjectMarking()).isNull();
    assertThat(cable.tags()).containsExactly("PREL", "PGOV", "PINR", "MX");
    assertThat(cable.handling()).containsExactly("SENSITIVE", "SIPDIS");
    assertThat(cable.section()).isEqualTo(new Section(1, 4));
    assertThat(cable.declassifyOn()).isEqualTo(LocalDate.of(2019, 7, 24));
    assertThat(cable.classifiedBy()).isEqualTo("Carlos Pascual");
    assertThat(cable.classifiedByTitle()).isEqualTo("Ambassador");
    assertThat(cable.classificationReasons()).containsExactly("1.4(b)", "1.4(d)");
  }

  @Test
  void references() {
    assertThat(cable.references()).containsExactly(
        new Reference("A", "MEXICO 2463", ReferenceKind.CABLE, ReferenceId.of("09MEXICO2463")),
        new Reference("B", "08 MEXICO 3595", ReferenceKind.CABLE, ReferenceId.of("08MEXICO3595")));
  }

  @Test
  void header() {
    assertThat(cable.transmissionId()).isEqualTo("VZCZCXRO1782");
    assertThat(cable.precedence()).isEqualTo(Precedence.ROUTINE);
    assertThat(cable.dateTimeGroup().text()).isEqualTo("272238Z OCT 09");
    assertThat(cable.from()).containsExactly(new Addressee(new RoutingIndicator("RUEHME"), "AMEMBASSY MEXICO", null));
    assertThat(cable.to()).containsExactly(new Addressee(new RoutingIndicator("RUEHC"), "SECSTATE WASHDC", null));
    assertThat(cable.info()).hasSize(10);
    assertThat(cable.info().get(0)).isEqualTo(
        new Addressee(new RoutingIndicator("RUEHXC"), "ALL US CONSULATES IN MEXICO COLLECTIVE", null));
    assertThat(cable.info().get(9)).isEqualTo(new Addressee(new RoutingIndicator("RHEHAAA"), "NSC WASHINGTON DC", null));
  }

  @Test
  void paragraphsAreNumberedOneToTwelveWithTheirMarkings() {
    assertThat(cable.paragraphs()).extracting(Paragraph::number).containsExactlyElementsOf(
        IntStream.rangeClosed(1, 12).boxed().toList());
    assertThat(cable.paragraphs()).extracting(Paragraph::marking).containsOnly("C");
    assertThat(cable.paragraphs().get(0).text()).startsWith("Summary. The upcoming visits of Secretary");
    assertThat(cable.paragraphs().get(3).text()).contains("in this new framework and are willing partners");
    assertThat(cable.paragraphs().get(11).text()).endsWith("will afford us continued successes.");
  }

  @Test
  void summarySignerAndVerbatimText() {
    assertThat(cable.summary()).startsWith("The upcoming visits of Secretary for Public Security (SSP) Genaro Garcia Luna")
        .endsWith("from crime prevention to detention to prosecution and conviction.");
    assertThat(cable.signers()).containsExactly("FEELEY");
    assertThat(cable.partial()).isFalse();
    assertThat(cable.header()).startsWith("VZCZCXRO1782\nRR RUEHCD").endsWith("RHEHAAA/NSC WASHINGTON DC");
    assertThat(cable.body()).startsWith("C O N F I D E N T I A L SECTION 01 OF 04 MEXICO 003093")
        .contains("TAGS: PREL PGOV PINR MX").contains("a \\$200 million".replace("\\", "")).endsWith("/ FEELEY");
    assertThat(cable.problems()).isEmpty();
  }
}
