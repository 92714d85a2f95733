package org.cablearchive.archive.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cablearchive.archive.lucene.QueryLanguage;
import org.junit.jupiter.api.Test;

class QueryWriterTest {
  private static QueryWriter.Written write(String query) {
    return QueryWriter.write(QueryLanguage.parse(query));
  }

  @Test
  void wordsTravelAsExactTermsAndAreAndedByDefault() {
    QueryWriter.Written written = write("Merida police");
    assertThat(written.q()).isEqualTo(
        "(+_query_:\"{!term f=text v=$t1}\" +_query_:\"{!term f=text v=$t2}\")");
    assertThat(written.params()).isEqualTo(Map.of("t1", "merida", "t2", "police"));
  }

  @Test
  void keywordFieldsAndReferenceIdsAreNormalisedBeforeTheyLeave() {
    assertThat(write("origin:\"Embassy Tehran\"").params()).isEqualTo(Map.of("t1", "embassy tehran"));
    assertThat(write("id:\"09 MEXICO 3093\"").params()).isEqualTo(Map.of("t1", "09mexico3093"));
  }

  @Test
  void partialDatesBecomeRangesOfMilliseconds() {
    assertThat(write("created:[2009-01 TO 2009-06]").q()).isEqualTo("created:[1230768000000 TO 1246406399999]");
    assertThat(write("created:[* TO 1975]").q()).isEqualTo("created:[* TO 189302399999]");
  }

  @Test
  void phrasesWildcardsFuzzyAndNegationKeepTheirMeaning() {
    assertThat(write("\"police reform\"~2").q()).isEqualTo("text:\"police reform\"~2");
    assertThat(write("demar*").q()).isEqualTo("_query_:\"{!prefix f=text v=$t1}\"");
    assertThat(write("te?ran").q()).isEqualTo("text:te?ran");
    assertThat(write("merdia~").q()).isEqualTo("text:merdia~2");
    assertThat(write("merida NOT demarche").q())
        .isEqualTo("(+_query_:\"{!term f=text v=$t1}\" -_query_:\"{!term f=text v=$t2}\")");
  }

  @Test
  void aQueryOfOnlyExclusionsMatchesNothingAsInLucene() {
    assertThat(write("-merida").q()).isEqualTo("(*:* -*:*)");
  }

  @Test
  void blankMeansEveryCable() {
    assertThat(write("").q()).isEqualTo("*:*");
  }
}
