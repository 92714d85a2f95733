package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.WildcardQuery;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.archive.Snippet;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Paragraphs;
import org.junit.jupiter.api.Test;

class PassageFinderTest {
  private static final Analyzer ANALYZER = ArchiveAnalyzer.create();

  private static PassageFinder finder(String query) {
    return new PassageFinder(new ArchiveQueryParser(ANALYZER).parse(query), ANALYZER);
  }

  private static Cable cable(String id) {
    return SampleCorpus.cables().stream().filter(c -> c.id().value().equals(id)).reduce((a, b) -> b).orElseThrow();
  }

  @Test
  void findingMatchesInTheWholeBodyGivesThePassagesOfEachParagraphScannedApart() {
    List<String> queries = List.of("merida", "mexico", "\"human rights\"", "drug OR cartel OR police", "terror*",
        "nucle* AND iran", "gov?rnment", "corruption~1", "minister president", "embassy NOT mexico", "tag:PREL AND election");
    int inBody = 0;
    int compared = 0;
    for (Cable cable : SampleCorpus.cables()) {
      if (cable.paragraphs() instanceof Paragraphs p && BodyMatches.fit(p)) {
        inBody++;
      }
      for (String query : queries) {
        PassageFinder finder = finder(query);
        List<Snippet> expected = finder.findParagraphByParagraph(cable, 2);
        assertThat(finder.find(cable, 2)).as("%s for %s", cable.id(), query).isEqualTo(expected);
        compared += expected.isEmpty() ? 0 : 1;
      }
    }
    assertThat(inBody).isGreaterThan(SampleCorpus.cables().size() * 9 / 10);
    assertThat(compared).isGreaterThan(1000);
  }

  @Test
  void theBestPassageIsTheParagraphWithTheMostDistinctWords() {
    Snippet best = finder("merida initiative").find(cable("09MEXICO3423"), 2).get(0);

    assertThat(best.paragraph()).isEqualTo(1);
    assertThat(best.highlights()).extracting(h -> best.text().substring(h.start(), h.end()))
        .containsExactly("Merida", "initiative");
    assertThat(best.text()).startsWith("… ").contains("to broaden the Merida initiative into a more comprehensive");
  }

  @Test
  void aPrefixMarksEveryWordItBeginsAndNoOther() {
    Snippet best = finder("terror*").find(cable("08BRASILIA43"), 2).get(0);

    assertThat(best.paragraph()).isEqualTo(2);
    assertThat(best.highlights()).extracting(h -> best.text().substring(h.start(), h.end()))
        .startsWith("terrorism", "terrorist", "terrorism")
        .allMatch(word -> word.toLowerCase(java.util.Locale.ROOT).startsWith("terror"));
    assertThat(best.text()).contains("countering terrorism and terrorist-related activity");
  }

  /**
   * Prefixes are found with {@code indexOf}; the same query with each prefix as the equal wildcard
   * ({@code terror*}, which tries every word of the text against an automaton) must mark the same
   * words in the same passages, in every cable of the sample.
   */
  @Test
  void prefixesFoundInTheTextMarkWhatTheirAutomataMark() {
    List<String> queries = List.of("terror*", "refuge*", "nucle* AND iran", "refugee OR refuge*", "corrupt* OR corruption",
        "smuggl* OR drug* OR traffick*", "gov* OR gover*", "\"human rights\" OR humanit*", "mexic* AND 2009*");
    int marked = 0;
    for (String text : queries) {
      Query query = new ArchiveQueryParser(ANALYZER).parse(text);
      PassageFinder byText = new PassageFinder(query, ANALYZER);
      assertThat(asWildcards(query)).as(text).isNotEqualTo(query);
      PassageFinder byAutomaton = new PassageFinder(asWildcards(query), ANALYZER);
      for (Cable cable : SampleCorpus.cables()) {
        List<Snippet> found = byText.find(cable, 2);
        assertThat(found).as("%s for %s", cable.id(), text).isEqualTo(byAutomaton.find(cable, 2));
        marked += found.stream().mapToInt(snippet -> snippet.highlights().size()).sum();
      }
    }
    assertThat(marked).isGreaterThan(3_000);
  }

  /** The query with each prefix query replaced by the wildcard query that matches the same terms. */
  private static Query asWildcards(Query query) {
    if (query instanceof PrefixQuery prefix) {
      return new WildcardQuery(new Term(prefix.getField(), prefix.getPrefix().text() + "*"));
    }
    if (query instanceof BooleanQuery bool) {
      BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      for (BooleanClause clause : bool.clauses()) {
        builder.add(asWildcards(clause.getQuery()), clause.getOccur());
      }
      return builder.build();
    }
    return query;
  }
}
