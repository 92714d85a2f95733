package org.cablearchive.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.cablearchive.archive.PublishedParts;
import org.cablearchive.model.ReferenceId;
import org.junit.jupiter.api.Test;

class CableFactsTest {
  private static CableFacts facts(String id, String sender, String senderRoute, List<CableFacts.Station> to) {
    return new CableFacts(ReferenceId.of(id), Instant.parse("2009-10-27T22:38:00Z"), "Embassy Mexico", sender, List.of("PASCUAL"),
        "Ambassador Carlos Pascual", null, List.of("PREL", "CLINTON, HILLARY"), to, List.of(), List.of(ReferenceId.of("09MEXICO2")),
        senderRoute);
  }

  @Test
  void theBinaryFormReadsBackEqual() {
    CableFacts facts = facts("09MEXICO1", "AMEMBASSY MEXICO", "RUEHME",
        List.of(new CableFacts.Station("RUEHC", "SECSTATE WASHDC"), new CableFacts.Station(null, "USCINCSO")));
    byte[] bytes = facts.encode();
    assertThat(CableFacts.decode(bytes, 0, bytes.length)).isEqualTo(facts);
  }

  @Test
  void theDeLinesIndicatorIsThePostsOwnOverWhatAnAddresseeWrites() {
    CableNetwork network = new NetworkBuilder()
        .add(facts("09MEXICO1", "AMEMBASSY MEXICO", "RUEHME", List.of(new CableFacts.Station("RUEHC", "SECSTATE WASHDC"))))
        .add(facts("09STATE2", "SECSTATE WASHDC", null, List.of(new CableFacts.Station("RUEHMEX", "AMEMBASSY MEXICO"))))
        .build();
    assertThat(network.post("MEXICO").orElseThrow().route()).isEqualTo("RUEHME");
    assertThat(network.post("MEXICO").orElseThrow().receivedTo()).extracting(ReferenceId::value).containsExactly("09STATE2");
    assertThat(network.post("STATE").orElseThrow().route()).isEqualTo("RUEHC");
  }

  @Test
  void aSectionsTelegramReadsBackAndIsLeftOutWhenItIsTheDocumentItself() {
    CableFacts part = CableFacts.of(PublishedParts.page("08SCTION02OF02SAOPAULO335"));
    assertThat(part.id()).isEqualTo(ReferenceId.of("08SCTION02OF02SAOPAULO335"));
    assertThat(part.telegram()).isEqualTo(ReferenceId.of("08SAOPAULO335"));
    byte[] bytes = part.encode();
    assertThat(CableFacts.decode(bytes, 0, bytes.length)).isEqualTo(part);
    CableFacts whole = CableFacts.of(PublishedParts.page("08SAOPAULO335"));
    assertThat(whole.telegram()).isEqualTo(whole.id());
    byte[] wholeBytes = whole.encode();
    assertThat(CableFacts.decode(wholeBytes, 0, wholeBytes.length)).isEqualTo(whole);
  }

  /** The garbled IDs' letters ({@code SCTION02OF02SAOPAULO}) are no post: a section is sent by its telegram's. */
  @Test
  void sectionsPublishedOnTheirOwnAreSentByTheirTelegramsPost() {
    NetworkBuilder builder = new NetworkBuilder();
    PublishedParts.cables().forEach(c -> builder.add(CableFacts.of(c)));
    CableNetwork network = builder.build();
    assertThat(network.heldCount()).isEqualTo(8);
    assertThat(network.posts()).extracting(Post::station)
        .containsExactlyInAnyOrder("SAOPAULO", "MANAMA", "BISHKEK", "SANJOSE", "TRIPOLI");
    assertThat(network.post("SAOPAULO").orElseThrow().sent()).extracting(ReferenceId::value)
        .containsExactlyInAnyOrder("08SAOPAULO335", "08SCTION02OF02SAOPAULO335");
    assertThat(network.post("TRIPOLI").orElseThrow().sent()).extracting(ReferenceId::value)
        .containsExactlyInAnyOrder("09TRIPOLI583", "09SECTION02OF03QRIPOLI583");
    assertThat(network.post("SANJOSE").orElseThrow().sent()).extracting(ReferenceId::value)
        .containsExactly("09SECTION01OF03SANJOSE525");
  }
}
