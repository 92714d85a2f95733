package org.cablearchive.archive.lucene;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * How text becomes terms: words for the body and names (the standard tokenisation, lower-cased, no
 * stop words, so that every phrase can be found; see {@link CableWords}), whole lower-cased values
 * for keyword fields.
 */
final class ArchiveAnalyzer {
  private ArchiveAnalyzer() {}

  static Analyzer create() {
    Map<String, Analyzer> keywords = new HashMap<>();
    Analyzer keyword = new WholeValue();
    for (String field : IndexFields.KEYWORDS) {
      keywords.put(field, keyword);
    }
    return new PerFieldAnalyzerWrapper(new Words(), keywords);
  }

  /** Words, lower-cased: the terms of Lucene's standard analyzer without stop words. */
  private static final class Words extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      return new TokenStreamComponents(new CableWords());
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }

  /** A whole value as one lower-cased term. */
  private static final class WholeValue extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer tokenizer = new KeywordTokenizer();
      return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }
}
