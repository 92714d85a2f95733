package org.cablearchive.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading names from the places cables write them, on spellings found in the release. */
class PersonNameTest {

  private static String classifier(String text) {
    return PersonName.ofClassifier(text).map(o -> o.name().display() + " | " + o.title()).orElse("-");
  }

  private static String signer(String text) {
    return PersonName.ofSigner(text).map(PersonName::display).orElse("-");
  }

  private static String tag(String text) {
    return PersonName.ofTag(text).map(PersonName::display).orElse("-");
  }

  @Test
  void classifyingOfficersLoseTheirTitles() {
    assertThat(classifier("Ambassador Carlos Pascual")).isEqualTo("Carlos Pascual | Ambassador");
    assertThat(classifier("Economic-Political Minister-Counselor Donald A. Blome"))
        .isEqualTo("Donald A. Blome | Economic-Political Minister-Counselor");
    assertThat(classifier("Amb. Carol van Voorst")).isEqualTo("Carol van Voorst | Amb.");
    assertThat(classifier("Richard M. Mills, Jr")).isEqualTo("Richard M. Mills, Jr. | ");
    assertThat(classifier("Robin Quinville, rea sons")).isEqualTo("Robin Quinville | ");
    assertThat(classifier("TOMSETH, VICTOR L.")).isEqualTo("Victor L. Tomseth | ");
    assertThat(classifier("DCM;DOUG SILLIMAN")).isEqualTo("Doug Silliman | DCM");
    assertThat(classifier("Classified by Political M-C George Glass")).isEqualTo("George Glass | Political M-C");
    assertThat(classifier("NEA A/S Jeffrey D. Feltman")).isEqualTo("Jeffrey D. Feltman | NEA A/S");
    assertThat(classifier("EUR A/S NANCY MCELDOWNEY -FOR")).isEqualTo("Nancy McEldowney | EUR A/S");
    assertThat(classifier("Classified by Acting Econ M/C Laura Kirkconnell for reas ons"))
        .isEqualTo("Laura Kirkconnell | Acting Econ M/C");
    assertThat(classifier("Stephen O'Dowd")).isEqualTo("Stephen O'Dowd | ");
    assertThat(classifier("CATHERINE HILL-HERNDON")).isEqualTo("Catherine Hill-Herndon | ");
    assertThat(classifier("Charge d'Affaires a.i. Carol Urban")).isEqualTo("Carol Urban | Charge d'Affaires");
    assertThat(classifier("Polcounselor John Kunstadter")).isEqualTo("John Kunstadter | Polcounselor");
  }

  @Test
  void whatIsNoNameIsNotRead() {
    assertThat(classifier("XXXXXXXXXXXX a.i")).isEqualTo("-");
    assertThat(classifier("Derived from DSCG 05-01, b and d")).isEqualTo("-");
    assertThat(signer("AMEMBASSY TUNIS IMMEDIATE")).isEqualTo("-");
    assertThat(signer("SENSITIVE BUT UNCLASSIFIED")).isEqualTo("-");
    assertThat(signer("CLINTON UNQUOTE CLINTON")).isEqualTo("-");
    assertThat(signer("-- XXXXXXXXXXXX")).isEqualTo("-");
    assertThat(signer("BERRY GOLDRICH")).isEqualTo("-"); // two signers, or one name: not guessed
    assertThat(tag("HUMAN RIGHTS")).isEqualTo("-");
    assertThat(tag("PREL")).isEqualTo("-");
  }

  @Test
  void signaturesAndTagsAreRead() {
    assertThat(signer("VAN VOORST")).isEqualTo("Van Voorst");
    assertThat(signer("CRETZ  CRETZ")).isEqualTo("Cretz");
    assertThat(signer("P. KENNY")).isEqualTo("P. Kenny");
    assertThat(signer("TIMKEN JR")).isEqualTo("Timken, Jr.");
    assertThat(signer(".FARRAR")).isEqualTo("Farrar");
    assertThat(tag("CLINTON, HILLARY")).isEqualTo("Hillary Clinton");
    assertThat(tag("STEINBERG, JAMES B")).isEqualTo("James B. Steinberg");
    assertThat(tag("OVIP (STEINBERG, JAMES B.)")).isEqualTo("James B. Steinberg");
    assertThat(tag("OVIP (RICE, CONDOLEEZZA)")).isEqualTo("Condoleezza Rice");
  }

  @Test
  void compatibleSpellingsAgreeOnEveryGivenName() {
    PersonName gene = PersonName.ofClassifier("Gene A. Cretz").orElseThrow().name();
    assertThat(gene.compatible(PersonName.ofClassifier("Gene Cretz").orElseThrow().name())).isTrue();
    assertThat(gene.compatible(PersonName.ofClassifier("Gene B. Cretz").orElseThrow().name())).isFalse();
    PersonName tom = PersonName.ofClassifier("Thomas P. Kelly").orElseThrow().name();
    assertThat(tom.compatible(PersonName.ofClassifier("Tom Kelly").orElseThrow().name())).isTrue();
    assertThat(tom.compatible(PersonName.ofClassifier("Craig A. Kelly").orElseThrow().name())).isFalse();
    assertThat(PersonName.ofTag("STEINBERG, JAMES B").orElseThrow()
        .compatible(PersonName.ofTag("OVIP (STEINBERG, JAMES B.)").orElseThrow())).isTrue();
    // a surname alone merges with nothing
    assertThat(PersonName.ofSigner("CRETZ").orElseThrow().compatible(gene)).isFalse();
    assertThat(List.of(gene.surnameKey(), PersonName.ofSigner("VAN VOORST").orElseThrow().surnameKey()))
        .containsExactly("CRETZ", "VANVOORST");
  }
}
