package org.cablearchive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryMixTest {
  private final List<BenchQuery> mix = QueryMix.load();

  @Test
  void hasAtLeastFiftyQueriesOfEveryKind() {
    assertThat(mix).hasSize(56);
    assertThat(mix).extracting(BenchQuery::kind).containsOnly("word", "phrase", "field", "date", "tags", "prefix", "boolean")
        .contains("word", "phrase", "field", "date", "tags", "prefix", "boolean");
  }

  @Test
  void everyQueryCanBeAskedOfSqlite() {
    assertThat(mix).allSatisfy(q -> assertThat(q.match() != null || q.where() != null).as(q.archive()).isTrue());
  }

  @Test
  void grepAnswersOnlyWordsPhrasesAndPrefixes() {
    assertThat(mix.stream().filter(q -> q.grep() != null).map(BenchQuery::kind).distinct())
        .containsExactly("word", "phrase", "prefix");
    assertThat(mix.stream().filter(q -> q.grep() != null)).hasSize(28);
  }

  @Test
  void fieldQueriesUseTheArchivesFieldNames() {
    assertThat(mix.stream().map(BenchQuery::archive).filter(q -> q.contains(":")))
        .allSatisfy(q -> assertThat(q).containsAnyOf("origin:", "tag:", "classification:", "created:["));
  }
}
