package org.cablearchive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.cablearchive.generate.CorpusGenerator;
import org.cablearchive.source.SourceDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The peers on a generated corpus of 300 cables, checked against what the CSV itself says. */
class PeersTest {
  @TempDir static Path dir;
  private static Path csv;
  private static final List<SourceDocument> rows = new ArrayList<>();

  @BeforeAll
  static void generate() throws Exception {
    csv = dir.resolve("cables.csv");
    new CorpusGenerator(11).write(300, csv, (cables, bytes) -> {});
    CablesCsv.read(csv, rows::add);
  }

  @Test
  void sqliteLoadsEveryCableAndCountsFieldsAsTheCsvStatesThem() throws Exception {
    Path db = dir.resolve("cables.db");
    assertThat(SqliteCorpus.load(csv, db)).isEqualTo(300);

    try (Connection c = SqliteCorpus.open(db)) {
      SqliteSearch search = new SqliteSearch(c);
      // 300 rows get the release's mix scaled by largest remainder: 90, 69, 116, 6, 14, 5
      assertThat(search.total(query(null, "c.classification = 'SECRET'"))).isEqualTo(14);
      assertThat(search.total(query(null, "c.classification = 'CONFIDENTIAL//NOFORN'"))).isEqualTo(6);
      assertThat(search.total(query(null, "c.origin = 'Secretary of State'")))
          .isEqualTo(rows.stream().filter(d -> "Secretary of State".equals(d.origin())).count());
      assertThat(search.total(query("\"partial extract\"", null)))
          .isEqualTo(rows.stream().filter(d -> d.header().startsWith("This record is a partial extract")).count());
    }
  }

  @Test
  void bareLuceneIndexesEveryRowWithoutStoringAnything() throws Exception {
    Path index = dir.resolve("bare");
    assertThat(BareLucene.index(csv, index)).isEqualTo(300);

    try (FSDirectory d = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(d)) {
      assertThat(reader.numDocs()).isEqualTo(300);
      assertThat(reader.storedFields().document(0).getFields()).isEmpty();
    }
  }

  @Test
  void indexTokensCountsEveryWordBareLuceneInverted() throws Exception {
    Path index = dir.resolve("bare-tokens");
    BareLucene.index(csv, index);
    long expected = 0;
    try (Analyzer analyzer = new StandardAnalyzer()) {
      for (SourceDocument row : rows) {
        try (TokenStream words = analyzer.tokenStream("text", row.header() + "\n" + row.body())) {
          words.reset();
          while (words.incrementToken()) {
            expected++;
          }
          words.end();
        }
      }
    }
    assertThat(expected).isPositive();
    assertThat(IndexTokens.byField(index)).containsExactly(entry("text", expected));
  }

  @Test
  void theSqlConditionIsAppliedWithTheMatch() {
    assertThat(SqliteSearch.matching(query("iran", "c.year = 2009"), "c.cable"))
        .isEqualTo("SELECT c.cable FROM cable_text JOIN cables c ON c.cable = cable_text.rowid WHERE cable_text MATCH ? AND (c.year = 2009)");
    assertThat(SqliteSearch.matching(query(null, "c.year = 2009"), "c.cable"))
        .isEqualTo("SELECT c.cable FROM cables c WHERE 1 = 1 AND (c.year = 2009)");
  }

  private static BenchQuery query(String match, String where) {
    return new BenchQuery("test", "-", match, where, null);
  }
}
