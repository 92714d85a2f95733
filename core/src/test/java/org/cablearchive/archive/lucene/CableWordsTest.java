package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.model.Cable;
import org.junit.jupiter.api.Test;

/**
 * The archive's words against Lucene's standard analyzer (no stop words), token by token: term,
 * offsets and position, and the final offset and position. Any difference would make a phrase or a
 * word findable in one archive and not in another, or a snippet mark the wrong characters.
 */
class CableWordsTest {
  private static final Analyzer STANDARD = new StandardAnalyzer();
  private static final Analyzer ARCHIVE = ArchiveAnalyzer.create();

  @Test
  void everyCableOfTheSampleGivesTheStandardWords() throws IOException {
    for (Cable cable : SampleCorpus.cables()) {
      assertSameWords(cable.body());
      assertSameWords(cable.header());
      if (cable.subject() != null) {
        assertSameWords(cable.subject());
      }
    }
  }

  @Test
  void theJoiningCharactersJoinWhatTheStandardJoins() throws IOException {
    for (String text : List.of("U.S. Embassy", "1,000.50 USD", "a,b 1:2 a:b O'Neill 1'2 3;4 a;b", "_x x_ _1_ __ _ _._",
        "a..b 1..2 a.1 1.a a1.b2 a.b.c 1.2.3", "e-mail http://state.gov/x?y=1 #3 @4 $5", "end.", ".start", "' '",
        "TAGS:PREL,PGOV SUBJECT:SCENESETTER", "¶1. (C) Déjà vu", "1\u00a0000", "")) {
      assertSameWords(text);
    }
    assertThat(words(ARCHIVE, "U.S. 1,000.50 O'Neill a:b a_1")).containsExactly(
        "u.s 0-3 +1", "1,000.50 5-13 +1", "o'neill 14-21 +1", "a:b 22-25 +1", "a_1 26-29 +1", "end 29 +0");
  }

  @Test
  void everyLatinOneCharacterBetweenAndBesideLettersAndDigitsGivesTheStandardWords() throws IOException {
    for (char c = 0; c < 0x100; c++) {
      for (String context : List.of("a%sb", "1%s2", "a%s1", "%s", "x %s y", "%s%s", "A%s%sB")) {
        assertSameWords(context.replace("%s", String.valueOf(c)));
      }
    }
  }

  @Test
  void wordsLongerThanTheStandardKeepsWholeAreCutAsItCutsThem() throws IOException {
    String longWord = "X".repeat(300);
    assertSameWords("A " + longWord + " B");
    assertSameWords(("ab.".repeat(120)) + "c");
  }

  @Test
  void seededRandomTextsGiveTheStandardWords() throws IOException {
    Random random = new Random(20261128);
    String alphabet = "aZk09 .,;:'_-\n\t/()\"$’‘“”–—…\u2028·¶éÉ";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        int pick = random.nextInt(100);
        text.append(pick == 0 ? (char) random.nextInt(0x100) : pick == 1 ? (char) random.nextInt(0x3000)
            : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertSameWords(text.toString());
    }
  }

  private static void assertSameWords(String text) throws IOException {
    assertThat(words(ARCHIVE, text)).as(text).isEqualTo(words(STANDARD, text));
  }

  /** Each token as "term start-end +increment", then the end's offset and increment. */
  private static List<String> words(Analyzer analyzer, String text) throws IOException {
    List<String> words = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +" + position.getPositionIncrement());
      }
      stream.end();
      words.add("end " + offset.endOffset() + " +" + position.getPositionIncrement());
    }
    return words;
  }
}
