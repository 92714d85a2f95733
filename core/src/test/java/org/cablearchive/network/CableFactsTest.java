package org.cablearchive.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
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
}
