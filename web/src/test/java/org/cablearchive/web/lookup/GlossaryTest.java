package org.cablearchive.web.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cablearchive.model.RoutingIndicator;
import org.junit.jupiter.api.Test;

class GlossaryTest {
  private static final Glossary GLOSSARY = Glossary.bundled();

  @Test
  void tagsAreSubjectsCountriesOrganisationsOrPeople() {
    assertThat(GLOSSARY.tag("PREL")).isEqualTo(new TagMeaning("PREL", TagKind.SUBJECT, "External political relations"));
    assertThat(GLOSSARY.tag("KJUS")).isEqualTo(new TagMeaning("KJUS", TagKind.SUBJECT, "Justice and law enforcement (judicial matters)"));
    assertThat(GLOSSARY.tag("MX")).isEqualTo(new TagMeaning("MX", TagKind.COUNTRY, "Mexico"));
    assertThat(GLOSSARY.tag("UP")).isEqualTo(new TagMeaning("UP", TagKind.COUNTRY, "Ukraine"));
    assertThat(GLOSSARY.tag("AAA").kind()).isEqualTo(TagKind.ORGANIZATION);
    assertThat(GLOSSARY.tag("CLINTON, HILLARY")).isEqualTo(new TagMeaning("CLINTON, HILLARY", TagKind.PERSON, ""));
    assertThat(GLOSSARY.tag("ZZZQ")).isEqualTo(new TagMeaning("ZZZQ", TagKind.OTHER, ""));
  }

  @Test
  void reasonLettersAreReadInAnySpelling() {
    assertThat(GLOSSARY.reasons(List.of("1.4 (b),(d)"))).extracting(ClassificationReason::letter).containsExactly('b', 'd');
    assertThat(GLOSSARY.reasons(List.of("1.4 B AND D"))).extracting(ClassificationReason::letter).containsExactly('b', 'd');
    assertThat(GLOSSARY.reasons(List.of("1.5 (C)", "1.5 (c)"))).containsExactly(new ClassificationReason('c',
        "Intelligence activities (including covert action), intelligence sources or methods, or cryptology"));
    assertThat(GLOSSARY.allReasons()).hasSize(8);
  }

  @Test
  void caveatsFoundInHandlingLinesAreExplainedOnce() {
    assertThat(GLOSSARY.caveats(List.of("SIPDIS", "NOFORN SIPDIS", "UNKNOWN")))
        .extracting(HandlingCaveat::caveat).containsExactly("SIPDIS", "NOFORN");
    assertThat(GLOSSARY.allCaveats()).extracting(HandlingCaveat::caveat).startsWith("NOFORN", "SIPDIS", "EXDIS", "NODIS")
        .hasSize(15);
  }

  @Test
  void routingIndicatorsNameTheirStations() {
    RoutingIndicators routes = RoutingIndicators.bundled();
    assertThat(routes.station(new RoutingIndicator("RUEHC"))).hasValue("DEPT OF STATE WASHINGTON DC");
    assertThat(routes.station(new RoutingIndicator("RBDWC"))).hasValue("MODUK, MODUK AIR, MODUK ARMY, MODUK NAVY, MODUK DES");
    assertThat(routes.station(new RoutingIndicator("RUQQQQQ"))).isEmpty();
    // 1,656 lines, some routes listed twice: the first name is kept
    assertThat(routes.size()).isEqualTo(1638);
  }
}
