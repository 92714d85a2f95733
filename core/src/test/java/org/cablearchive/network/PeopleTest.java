package org.cablearchive.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cablearchive.model.ReferenceId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who is who among the real spellings of {@code real-names.tsv}: 836 cables of the release whose
 * signatures, "Classified By" lines and person tags name people who share a surname with others.
 */
class PeopleTest {
  private static CableNetwork network;

  @BeforeAll
  static void build() throws IOException {
    NetworkBuilder builder = new NetworkBuilder();
    try (InputStream in = PeopleTest.class.getResourceAsStream("/network/real-names.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          builder.add(facts(line.split("\t", -1)));
        }
      }
    }
    network = builder.build();
  }

  private static CableFacts facts(String[] f) {
    return new CableFacts(ReferenceId.of(f[0]), Instant.parse(f[2]), f[1], null, list(f[3]), blank(f[4]), blank(f[5]),
        list(f[6]), List.of(), List.of(), List.of(), null);
  }

  private static List<String> list(String field) {
    return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
  }

  private static String blank(String field) {
    return field.isEmpty() ? null : field;
  }

  /** Each person of a surname, by slug, with the spellings merged into them. */
  private static Map<String, List<String>> surname(String surname) {
    return network.people().stream()
        .filter(p -> p.name().toUpperCase(java.util.Locale.ROOT).endsWith(surname))
        .collect(Collectors.toMap(Person::slug, p -> p.spellings().stream().map(Person.Spelling::text).sorted().distinct().toList(),
            (a, b) -> a, java.util.TreeMap::new));
  }

  private static Person person(String slug) {
    return network.person(slug).orElseThrow(() -> new AssertionError("no person " + slug));
  }

  @Test
  void twoKellysAtTwoPostsStayTwoPeopleAndTheirSignaturesGoToEach() {
    assertThat(surname("KELLY")).containsOnlyKeys("craig-a-kelly", "thomas-p-kelly", "kelly-mexico");
    assertThat(surname("KELLY").get("craig-a-kelly"))
        .containsExactly("CRAIG KELLY", "Craig A. Kelly", "Craig Kelly", "KELLY", "PDAS Craig Kelly");
    assertThat(surname("KELLY").get("thomas-p-kelly"))
        .containsExactly("KELLY", "THOMAS P. KELLY", "Thomas P. Kelly", "Tom Kelly", "Tom P. Kelly", "d' Affaires Tom Kelly");
    assertThat(person("craig-a-kelly").posts()).extracting(Person.Term::post).contains("Embassy Santiago")
        .doesNotContain("Embassy Buenos Aires");
    assertThat(person("thomas-p-kelly").posts()).extracting(Person.Term::post).containsExactly("Embassy Buenos Aires");
    // KELLY signing at Embassy Mexico: no Kelly is named in full there, so a surname is all there is
    assertThat(person("kelly-mexico").context()).isEqualTo("signing at Embassy Mexico");
  }

  @Test
  void williamAndMichaelWoodAreNotMergedOnTheirSurname() {
    assertThat(surname("WOOD")).containsOnlyKeys("william-b-wood", "michael-wood");
    assertThat(surname("WOOD").get("william-b-wood")).containsExactly("By Ambassador William Wood", "WILLIAM B. WOOD",
        "WOOD", "William B. Wood", "William B. Wood, U.S. Embassy Kabul", "William Wood");
    assertThat(surname("WOOD").get("michael-wood")).containsExactly("M. Wood", "Michael Wood", "WOOD", "Wood");
    assertThat(person("william-b-wood").posts()).extracting(Person.Term::post).containsExactly("Embassy Bogota", "Embassy Kabul");
    assertThat(person("michael-wood").posts()).extracting(Person.Term::post).containsExactly("Embassy Stockholm");
  }

  @Test
  void sixBrownsAndThreeJonesesAreTold() {
    assertThat(surname("BROWN")).containsOnlyKeys("catherine-brown", "dana-m-brown", "don-l-brown", "jefferson-brown",
        "sue-k-brown", "tad-brown");
    assertThat(surname("BROWN").get("don-l-brown")).containsExactly("Glbal Affairs Unit Chief Don L. Brown",
        "Global Affairs Unit Chief Don Brown", "Global Affairs Unit Chief Don L. Brown");
    assertThat(surname("JONES")).containsOnlyKeys("deborah-k-jones", "richard-h-jones", "stuart-e-jones", "jones-kuwait");
    assertThat(surname("JONES").get("stuart-e-jones")).containsExactly("JONES", "STUART JONES", "Stuart E. Jones", "Stuart Jones");
  }

  @Test
  void shortFormsAndLeftOutMiddleNamesMerge() {
    assertThat(surname("DAVIS").get("christopher-davis")).containsExactly("M-C Chris Davis", "M-C Christopher Davis",
        "POLMC Chris Davis");
    assertThat(surname("MILLS").get("richard-m-mills")).containsExactly("RICHARD MILLS", "Richard M. Mills", "Richard Mills",
        "Rick Mills");
    assertThat(surname("CRETZ").get("gene-a-cretz")).containsExactly("CRETZ", "CRETZ  CRETZ", "GENE A. CRETZ", "Gene A. Cretz",
        "Gene Cretz");
  }

  @Test
  void aSurnameSignedAtAPostIsThePersonNamedInFullThere() {
    Person pascual = person("carlos-pascual");
    assertThat(pascual.cables().get(Role.SIGNED)).hasSize(19);
    assertThat(pascual.merges()).containsExactly("“PASCUAL” at Embassy Mexico is Carlos Pascual on 19 cables: 3 also name"
        + " the person in full (same-cable rule); 16 from the years the person signed or classified cables there (same-post rule).");
    assertThat(pascual.posts()).containsExactly(new Person.Term("MEXICO", "Embassy Mexico", 2009, 2010, List.of("Ambassador"), 19));
  }

  @Test
  void personTagsNameTheSecretaryWhoseSurnameSignsStateCables() {
    Person clinton = person("hillary-clinton");
    assertThat(clinton.spellings()).extracting(Person.Spelling::text).containsExactly("CLINTON", "CLINTON, HILLARY");
    assertThat(clinton.cables().get(Role.TAGGED)).hasSize(6);
    Person rice = person("condoleezza-rice");
    assertThat(rice.cables().get(Role.SIGNED)).isNotEmpty();
    // Susan E. Rice signs as RICE at the UN mission: her signatures are not Condoleezza Rice's
    assertThat(person("susan-e-rice").posts()).extracting(Person.Term::post).doesNotContain("Secretary of State");
    assertThat(rice.cables().get(Role.SIGNED)).doesNotContainAnyElementsOf(person("susan-e-rice").cables().get(Role.SIGNED));
  }

  @Test
  void aMisspeltNameOnOneCableDoesNotUnsettleTheSignatures() {
    assertThat(person("margaret-scobey").cables().get(Role.SIGNED)).hasSize(255);
    assertThat(person("magaret-scobey").total()).isEqualTo(1);
  }

  @Test
  void pagesShowTheFullestSpellingAndTheWordsATextUses() {
    Person cretz = person("gene-a-cretz");
    assertThat(cretz.name()).isEqualTo("Gene A. Cretz");
    assertThat(cretz.phrases()).containsExactly("gene a cretz", "gene cretz");
    assertThat(person("kelly-mexico").phrases()).isEmpty();
  }
}
