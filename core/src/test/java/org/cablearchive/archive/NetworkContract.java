package org.cablearchive.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.cablearchive.archive.CableBuilder.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.network.Person;
import org.cablearchive.network.Post;
import org.cablearchive.network.Role;
import org.cablearchive.network.Thread;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Archive} must do for the network of people, posts and references, for export and
 * for ordering by citation rank: part of the contract suite ({@link ArchiveContract} runs it).
 */
public interface NetworkContract {

  /** A new, empty archive that the suite closes. */
  Archive emptyArchive() throws Exception;

  private static ReferenceId id(String value) {
    return ReferenceId.of(value);
  }

  private static double rank(CableNetwork network, String id) {
    return network.standing(id(id)).orElseThrow().rank();
  }

  /**
   * A and C cite B, which the archive does not hold; then an import adds D, citing A. With damping d =
   * 0.85 and the rank of nodes that cite nothing spread evenly, the ranks solve by hand: first
   * A = C = 1/4.7 and B = 2.7/4.7; then, with z = 0.0375 / (1 − 0.85 · 0.85 · 3.4225 / 4) =
   * 1/7.2725, C = D = z, A = 1.85 z and B = 3.4225 z.
   */
  @Test
  default void ranksOfASmallGraphAreKnownAndFollowAnImport() throws Exception {
    Archive archive = emptyArchive();
    archive.store(cable("09MEXICO1").cites("09MEXICO2").build());
    archive.store(cable("09STATE3").origin("Secretary of State").cites("09MEXICO2").build());
    archive.commit();
    CableNetwork before = archive.network();
    assertThat(before.nodeCount()).isEqualTo(3);
    assertThat(rank(before, "09MEXICO1")).isCloseTo(1 / 4.7, within(1e-9));
    assertThat(rank(before, "09STATE3")).isCloseTo(1 / 4.7, within(1e-9));
    assertThat(rank(before, "09MEXICO2")).isCloseTo(2.7 / 4.7, within(1e-9));
    assertThat(before.standing(id("09MEXICO2")).orElseThrow().held()).isFalse();
    assertThat(before.standing(id("09MEXICO2")).orElseThrow().position()).isEqualTo(1);

    archive.store(cable("10LONDON4").origin("Embassy London").created("2010-01-05T10:00:00Z").cites("09MEXICO1").build());
    archive.commit();
    CableNetwork after = archive.network();
    double z = 1 / 7.2725;
    assertThat(after.nodeCount()).isEqualTo(4);
    assertThat(rank(after, "09STATE3")).isCloseTo(z, within(1e-9));
    assertThat(rank(after, "10LONDON4")).isCloseTo(z, within(1e-9));
    assertThat(rank(after, "09MEXICO1")).isCloseTo(1.85 * z, within(1e-9));
    assertThat(rank(after, "09MEXICO2")).isCloseTo(3.4225 * z, within(1e-9));
    assertThat(after.standing(id("09MEXICO1")).orElseThrow().citedBy()).isEqualTo(1);
    assertThat(rank(before, "09MEXICO1")).as("a network once built never changes").isCloseTo(1 / 4.7, within(1e-9));

    SearchResult byRank = archive.search(new SearchRequest("", Map.of(), SortOrder.RANK, 10, null, false, 0, null, false));
    assertThat(byRank.hits()).extracting(h -> h.cable().id().value()).containsExactly("09MEXICO1", "09STATE3", "10LONDON4");
  }

  @Test
  default void aThreadGoesStepsOutBothWaysAndMostCitedCountsUnheldCables() throws Exception {
    Archive archive = emptyArchive();
    archive.store(cable("09MEXICO1").cites("09MEXICO2").build());
    archive.store(cable("09STATE3").origin("Secretary of State").cites("09MEXICO2").build());
    archive.store(cable("10LONDON4").origin("Embassy London").cites("09MEXICO1").build());
    archive.commit();
    CableNetwork network = archive.network();
    Thread thread = network.thread(id("10LONDON4"), 2, 10).orElseThrow();
    assertThat(thread.nodes()).extracting(n -> n.standing().id().value() + "@" + n.step())
        .containsExactly("10LONDON4@0", "09MEXICO1@-1", "09MEXICO2@-2");
    assertThat(thread.edges()).extracting(e -> e.from() + ">" + e.to()).containsExactlyInAnyOrder(
        "10LONDON4>09MEXICO1", "09MEXICO1>09MEXICO2");
    Thread around = network.thread(id("09MEXICO1"), 1, 10).orElseThrow();
    assertThat(around.nodes()).extracting(n -> n.standing().id().value() + "@" + n.step())
        .containsExactly("09MEXICO1@0", "09MEXICO2@-1", "10LONDON4@1");
    assertThat(network.mostCited(null, null, null, 10)).extracting(s -> s.id().value() + ":" + s.citedBy())
        .containsExactly("09MEXICO2:2", "09MEXICO1:1");
    assertThat(network.mostCited("MEXICO", 2009, null, 10)).extracting(s -> s.id().value()).containsExactly("09MEXICO2", "09MEXICO1");
    assertThat(network.mostCited(null, null, "PREL", 10)).extracting(s -> s.id().value()).containsExactly("09MEXICO1");
    assertThat(network.citedBy(id("09MEXICO2"))).extracting(ReferenceId::value).containsExactlyInAnyOrder("09MEXICO1", "09STATE3");
  }

  /**
   * The release holds 09SANJOSE525 only as sections published on their own (09SECTION01OF03SANJOSE525),
   * and 09SANJOSE591 cites the telegram: the telegram counts as held, through its first section, while
   * the graph keeps the reference as written.
   */
  @Test
  default void aTelegramHeldOnlyInSectionsCountsAsHeldThroughItsFirstSection() throws Exception {
    Archive archive = emptyArchive();
    archive.store(cable("09SANJOSE525").part("09SECTION02OF03SANJOSE525", 2, 3).created("2009-06-25T22:42:00Z").build());
    archive.store(cable("09SANJOSE525").part("09SECTION01OF03SANJOSE525", 1, 3).created("2009-06-25T22:42:00Z").build());
    archive.store(cable("09SANJOSE591").created("2009-07-10T15:00:00Z").cites("09SANJOSE525", "09SANJOSE9").build());
    archive.commit();
    List<ReferenceId> asked = List.of(id("09SANJOSE525"), id("09SANJOSE9"), id("09SANJOSE591"), id("09SECTION02OF03SANJOSE525"));
    List<ReferenceId> held = List.of(id("09SANJOSE525"), id("09SANJOSE591"), id("09SECTION02OF03SANJOSE525"));
    assertThat(archive.held(asked)).as("asked before the network is built").containsExactlyInAnyOrderElementsOf(held);
    CableNetwork network = archive.network();
    CableNetwork.Standing telegram = network.standing(id("09SANJOSE525")).orElseThrow();
    assertThat(telegram.held()).isTrue();
    assertThat(telegram.document()).isEqualTo(id("09SECTION01OF03SANJOSE525"));
    assertThat(telegram.created()).isEqualTo(java.time.Instant.parse("2009-06-25T22:42:00Z"));
    assertThat(telegram.citedBy()).isEqualTo(1);
    assertThat(network.holds(id("09SANJOSE525"))).isTrue();
    assertThat(network.heldIndex(id("09SANJOSE525"))).as("no document is kept under the telegram's ID").isEqualTo(-1);
    assertThat(network.standing(id("09SANJOSE9")).orElseThrow()).extracting(CableNetwork.Standing::held, CableNetwork.Standing::document)
        .containsExactly(false, null);
    assertThat(network.standing(id("09SANJOSE591")).orElseThrow().document()).isEqualTo(id("09SANJOSE591"));
    assertThat(network.citedBy(id("09SANJOSE525"))).extracting(ReferenceId::value).containsExactly("09SANJOSE591");
    assertThat(network.citedBy(id("09SECTION01OF03SANJOSE525"))).isEmpty();
    assertThat(archive.held(asked)).as("asked once the network is built").containsExactlyInAnyOrderElementsOf(held);
    assertThat(network.documentsOf(id("09SANJOSE525"))).isEqualTo(2);
    assertThat(network.documentsOf(id("09SANJOSE591"))).isEqualTo(1);
    assertThat(network.documentsOf(id("09SANJOSE9"))).isZero();
    // a telegram's documents and a cable's telegram, once the network is built
    assertThat(archive.telegram(id("09SANJOSE525")).orElseThrow().documents()).extracting(d -> d.id().value())
        .containsExactly("09SECTION01OF03SANJOSE525", "09SECTION02OF03SANJOSE525");
    assertThat(archive.find(id("09SANJOSE591")).orElseThrow().telegram()).isNull();
    assertThat(archive.find(id("09SECTION02OF03SANJOSE525")).orElseThrow().telegram().documents()).hasSize(2);
    assertThat(network.thread(id("09SANJOSE591"), 1, 10).orElseThrow().nodes())
        .extracting(n -> n.standing().id().value() + "@" + n.step() + ":" + n.standing().held())
        .containsExactlyInAnyOrder("09SANJOSE591@0:true", "09SANJOSE525@-1:true", "09SANJOSE9@-1:false");
  }

  @Test
  default void peopleArePeopleOfTheCurrentVersionsMergedByTheRules() throws Exception {
    Archive archive = emptyArchive();
    archive.store(cable("09MEXICO10").signers("PASCUAL").classifiedBy("Ambassador Carlos Pascual", null)
        .created("2009-10-01T10:00:00Z").build());
    archive.store(cable("09MEXICO11").signers("PASCUAL").classifiedBy("Political Counselor John Feeley", null)
        .created("2009-11-01T10:00:00Z").build());
    archive.store(cable("10MEXICO12").signers("C. PASCUAL").classifiedBy(null, null).created("2010-02-01T10:00:00Z").build());
    archive.store(cable("09LONDON20").origin("Embassy London").sender("AMEMBASSY LONDON").signers("PASCUAL")
        .classifiedBy(null, null).build());
    archive.store(cable("09STATE30").origin("Secretary of State").sender("SECSTATE WASHDC").signers("CLINTON")
        .classifiedBy(null, null).tags("PREL", "CLINTON, HILLARY").build());
    archive.commit();
    CableNetwork network = archive.network();
    Person pascual = network.person("carlos-pascual").orElseThrow();
    assertThat(pascual.cables().get(Role.SIGNED)).extracting(ReferenceId::value)
        .containsExactly("10MEXICO12", "09MEXICO11", "09MEXICO10");
    assertThat(pascual.cables().get(Role.CLASSIFIED)).extracting(ReferenceId::value).containsExactly("09MEXICO10");
    assertThat(pascual.spellings()).extracting(s -> s.text() + "/" + s.role().key() + "/" + s.cables())
        .containsExactly("PASCUAL/signed/2", "Ambassador Carlos Pascual/classified/1", "C. PASCUAL/signed/1");
    assertThat(pascual.posts()).containsExactly(new Person.Term("MEXICO", "Embassy Mexico", 2009, 2010, List.of("Ambassador"), 3));
    assertThat(pascual.years()).containsExactly(Map.entry(2009, 2), Map.entry(2010, 1));
    // the same surname signing in London is not Carlos Pascual: nothing but the surname links them
    assertThat(network.person("pascual-london").orElseThrow().context()).isEqualTo("signing at Embassy London");
    assertThat(network.person("john-feeley").orElseThrow().cables().get(Role.CLASSIFIED)).extracting(ReferenceId::value)
        .containsExactly("09MEXICO11");
    assertThat(network.companions(pascual, 5)).extracting(c -> c.person().slug() + ":" + c.cables())
        .containsExactly("john-feeley:1");
    Person clinton = network.person("hillary-clinton").orElseThrow();
    assertThat(clinton.cables().get(Role.TAGGED)).extracting(ReferenceId::value).containsExactly("09STATE30");
    assertThat(clinton.cables().get(Role.SIGNED)).extracting(ReferenceId::value).containsExactly("09STATE30");
    // a cable's people with their roles on it, as the cable page lists them, agree with each person's lists
    assertThat(network.peopleOn(id("09STATE30"))).extracting(n -> n.person().slug() + ":" + n.roles())
        .containsExactly("hillary-clinton:[SIGNED, TAGGED]");
    assertThat(network.peopleOn(id("09MEXICO10"))).extracting(n -> n.person().slug() + ":" + n.roles())
        .containsExactlyInAnyOrder("carlos-pascual:[SIGNED, CLASSIFIED]");
    assertThat(network.peopleOn(id("09MEXICO11"))).extracting(n -> n.person().slug() + ":" + n.roles())
        .containsExactlyInAnyOrder("carlos-pascual:[SIGNED]", "john-feeley:[CLASSIFIED]");
    assertThat(network.peopleOn(id("09MEXICO99"))).isEmpty();

    // a later release of a cable replaces its people
    assertThat(archive.store(cable("09MEXICO11").signers("FEELEY").classifiedBy("Political Counselor John Feeley", null)
        .paragraph("Signed by the counselor this time.").created("2009-11-01T10:00:00Z").released("2011-01-01T00:00:00Z").build()))
        .isEqualTo(StoreOutcome.UPDATED);
    archive.commit();
    assertThat(archive.network().person("carlos-pascual").orElseThrow().cables().get(Role.SIGNED)).extracting(ReferenceId::value)
        .containsExactly("10MEXICO12", "09MEXICO10");
  }

  @Test
  default void postsSendAndReceiveUnderTheirRoutingIndicators() throws Exception {
    Archive archive = emptyArchive();
    archive.store(cable("09MEXICO1").signers("PASCUAL").classifiedBy("Ambassador Carlos Pascual", null)
        .to("RUEHC/SECSTATE WASHDC").info("RUEHLO/AMEMBASSY LONDON", "RUEHXC/ALL US CONSULATES IN MEXICO COLLECTIVE").build());
    archive.store(cable("09STATE2").origin("Secretary of State").sender("SECSTATE WASHDC").signers("CLINTON")
        .to("RUEHME/AMEMBASSY MEXICO").info("RUEHLO/AMEMBASSY LONDON").build());
    archive.store(cable("09LONDON3").origin("Embassy London").sender("AMEMBASSY LONDON").signers("SUSMAN")
        .to("RUEHC/SECSTATE WASHDC").info("RUEHME/AMEMBASSY MEXICO").build());
    archive.commit();
    CableNetwork network = archive.network();
    Post mexico = network.post("MEXICO").orElseThrow();
    assertThat(List.of(mexico.name(), mexico.sender(), mexico.route())).containsExactly("Embassy Mexico", "AMEMBASSY MEXICO", "RUEHME");
    assertThat(mexico.sent()).extracting(ReferenceId::value).containsExactly("09MEXICO1");
    assertThat(mexico.receivedTo()).extracting(ReferenceId::value).containsExactly("09STATE2");
    assertThat(mexico.receivedInfo()).extracting(ReferenceId::value).containsExactly("09LONDON3");
    assertThat(mexico.chiefs()).containsExactly(new Post.YearSigners(2009, 1, List.of(new Post.Signer("carlos-pascual", "Carlos Pascual", 1))));
    Post london = network.post("LONDON").orElseThrow();
    assertThat(london.route()).isEqualTo("RUEHLO");
    assertThat(london.receivedInfo()).extracting(ReferenceId::value).containsExactlyInAnyOrder("09MEXICO1", "09STATE2");
    assertThat(network.post("STATE").orElseThrow().route()).isEqualTo("RUEHC");
    assertThat(network.correspondents(mexico, 5)).extracting(c -> c.post().station() + ":" + c.byYear())
        .containsExactly("LONDON:{2009=1}", "STATE:{2009=1}");
  }

  @Test
  default void summariesComeInTheOrderAskedAndExportStreamsEveryMatch() throws Exception {
    Archive archive = emptyArchive();
    List<Cable> stored = List.of(
        cable("09MEXICO1").tags("PREL", "MX").build(),
        cable("09MEXICO2").tags("PGOV").build(),
        cable("09STATE3").origin("Secretary of State").tags("PREL").build());
    for (Cable c : stored) {
      archive.store(c);
    }
    archive.commit();
    assertThat(archive.summaries(List.of(id("09STATE3"), id("09MEXICO9"), id("09MEXICO1"))))
        .extracting(s -> s.id().value()).containsExactly("09STATE3", "09MEXICO1");
    List<Cable> all = new ArrayList<>();
    archive.export("", all::add);
    assertThat(all).containsExactlyInAnyOrderElementsOf(stored);
    List<String> prel = new ArrayList<>();
    archive.export("tag:PREL", c -> prel.add(c.id().value()));
    assertThat(prel).containsExactlyInAnyOrder("09MEXICO1", "09STATE3");
    assertThatThrownBy(() -> archive.export("tag:(PREL", c -> {})).isInstanceOf(QueryException.class);
  }
}
