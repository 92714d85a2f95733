package org.cablearchive.archive.lucene;

import java.io.CharArrayReader;
import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * The words of a text, lower-cased: exactly the terms, offsets and positions of Lucene's
 * {@link StandardTokenizer} followed by a lower-case filter, found faster for ASCII text, which is
 * nearly every cable. Splitting and lower-casing words was a fifth of an import's work: this does both
 * in one pass over the text with a table of character classes.
 *
 * <p>For ASCII, Unicode's word boundaries (UAX #29) come down to: letters and digits run together;
 * {@code . '} join letters to letters and digits to digits, {@code :} letters only, {@code , ;} digits
 * only; {@code _} joins anything; every other character separates. A stretch so joined is a word when
 * it holds a letter or digit. A text with any other character, or with a word longer than the standard
 * tokenizer keeps whole, goes to the standard tokenizer itself.
 */
final class CableWords extends Tokenizer {
  /** The standard tokenizer's default: longer words it cuts into pieces, which this leaves to it. */
  private static final int MAX_WORD = StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;
  private static final byte OTHER = 0;
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  /** {@code :} — between letters. */
  private static final byte MID_LETTER = 3;
  /** {@code . '} — between letters, or between digits. */
  private static final byte MID_BOTH = 4;
  /** {@code , ;} — between digits. */
  private static final byte MID_DIGIT = 5;
  /** {@code _} — joins whatever it touches. */
  private static final byte JOINER = 6;
  private static final byte[] CLASSES = classes();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private char[] text = new char[8 * 1024];
  private int length;
  private int at;
  private StandardTokenizer standard;

  private static byte[] classes() {
    byte[] classes = new byte[128];
    for (char c = 'a'; c <= 'z'; c++) {
      classes[c] = LETTER;
      classes[Character.toUpperCase(c)] = LETTER;
    }
    for (char c = '0'; c <= '9'; c++) {
      classes[c] = DIGIT;
    }
    classes[':'] = MID_LETTER;
    classes['.'] = MID_BOTH;
    classes['\''] = MID_BOTH;
    classes[','] = MID_DIGIT;
    classes[';'] = MID_DIGIT;
    classes['_'] = JOINER;
    return classes;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    readAll();
    at = 0;
    if (!ascii() || longestRun() > MAX_WORD) {
      if (standard == null) {
        standard = new StandardTokenizer();
      }
      standard.setReader(new CharArrayReader(text, 0, length));
      standard.reset();
    } else if (standard != null) {
      standard.close();
      standard = null;
    }
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    return standard != null ? fromStandard() : nextWord();
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(length);
    offset.setOffset(last, last);
    if (standard != null) {
      standard.end();
      position.setPositionIncrement(standard.getAttribute(PositionIncrementAttribute.class).getPositionIncrement());
    }
  }

  @Override
  public void close() throws IOException {
    super.close();
    if (standard != null) {
      standard.close();
      standard = null;
    }
    if (text.length > 1024 * 1024) {
      text = new char[8 * 1024]; // one huge text should not keep its buffer for the life of the analyzer
    }
  }

  private void readAll() throws IOException {
    length = 0;
    for (int read = input.read(text, 0, text.length); read >= 0; read = input.read(text, length, text.length - length)) {
      length += read;
      if (length == text.length) {
        text = ArrayUtil.grow(text, length + 1);
      }
    }
  }

  private boolean ascii() {
    int high = 0;
    for (int i = 0; i < length; i++) {
      high |= text[i];
    }
    return high < 0x80;
  }

  /** The longest run of characters that are not white space: no word is longer. */
  private int longestRun() {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < length; i++) {
      run = text[i] > ' ' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  private boolean nextWord() {
    while (at < length) {
      int start = at;
      byte first = CLASSES[text[start]];
      int end = start + 1;
      if (first == LETTER || first == DIGIT || first == JOINER) {
        while (end < length && joined(end)) {
          end++;
        }
      }
      at = end;
      if (isWord(start, end)) {
        emit(start, end);
        return true;
      }
    }
    return false;
  }

  /** Whether the characters at {@code i - 1} and {@code i} belong to one word (UAX #29, ASCII only). */
  private boolean joined(int i) {
    byte before = CLASSES[text[i - 1]];
    byte here = CLASSES[text[i]];
    if (here == JOINER) {
      return before == LETTER || before == DIGIT || before == JOINER;
    }
    if (here == LETTER || here == DIGIT) {
      if (before == LETTER || before == DIGIT || before == JOINER) {
        return true;
      }
      // a middle character already joined to what precedes it (see below) joins what follows too
      return i >= 2 && joinsAcross(CLASSES[text[i - 2]], before, here);
    }
    if (here >= MID_LETTER && here <= MID_DIGIT && i + 1 < length) {
      return joinsAcross(before, here, CLASSES[text[i + 1]]);
    }
    return false;
  }

  /** Whether a middle character {@code mid} joins {@code left} to {@code right}. */
  private static boolean joinsAcross(byte left, byte mid, byte right) {
    if (left == LETTER && right == LETTER) {
      return mid == MID_LETTER || mid == MID_BOTH;
    }
    if (left == DIGIT && right == DIGIT) {
      return mid == MID_DIGIT || mid == MID_BOTH;
    }
    return false;
  }

  private boolean isWord(int start, int end) {
    for (int i = start; i < end; i++) {
      byte c = CLASSES[text[i]];
      if (c == LETTER || c == DIGIT) {
        return true;
      }
    }
    return false;
  }

  private void emit(int start, int end) {
    char[] buffer = term.resizeBuffer(end - start);
    boolean letters = false;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c | 0x20);
      }
      letters |= CLASSES[c] == LETTER;
      buffer[i - start] = c;
    }
    term.setLength(end - start);
    offset.setOffset(correctOffset(start), correctOffset(end));
    position.setPositionIncrement(1);
    type.setType(StandardTokenizer.TOKEN_TYPES[letters ? StandardTokenizer.ALPHANUM : StandardTokenizer.NUM]);
  }

  private boolean fromStandard() throws IOException {
    if (!standard.incrementToken()) {
      return false;
    }
    CharTermAttribute word = standard.getAttribute(CharTermAttribute.class);
    term.copyBuffer(word.buffer(), 0, word.length());
    CharacterUtils.toLowerCase(term.buffer(), 0, term.length());
    OffsetAttribute where = standard.getAttribute(OffsetAttribute.class);
    offset.setOffset(correctOffset(where.startOffset()), correctOffset(where.endOffset()));
    position.setPositionIncrement(standard.getAttribute(PositionIncrementAttribute.class).getPositionIncrement());
    type.setType(standard.getAttribute(TypeAttribute.class).type());
    return true;
  }
}
