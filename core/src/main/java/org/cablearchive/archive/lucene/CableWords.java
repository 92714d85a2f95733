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
  /** A character whose part in words this class does not know: the text goes to the standard tokenizer. */
  private static final byte UNKNOWN = -1;
  private static final byte OTHER = 0;
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  /** {@code : ·} — between letters. */
  private static final byte MID_LETTER = 3;
  /** {@code . ' ’ ‘} — between letters, or between digits. */
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
  /** Whether the current text goes to {@link #standard} (made when first needed, then kept). */
  private boolean standardWords;
  private StandardTokenizer standard;
  private CharTermAttribute standardTerm;
  private OffsetAttribute standardOffset;
  private PositionIncrementAttribute standardPosition;
  private TypeAttribute standardType;

  /** Classes of U+0000 to U+00FF. */
  private static byte[] classes() {
    byte[] classes = new byte[256];
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
    java.util.Arrays.fill(classes, 0x80, 0xA0, UNKNOWN); // control characters, some of them line breaks
    classes[0xAD] = UNKNOWN; // the soft hyphen, which words ignore
    classes[0xA9] = UNKNOWN; // © and ® are emoji, words of their own
    classes[0xAE] = UNKNOWN;
    classes[0xAA] = LETTER;
    classes[0xB5] = LETTER;
    classes[0xBA] = LETTER;
    classes[0xB7] = MID_LETTER;
    java.util.Arrays.fill(classes, 0xC0, 0x100, LETTER);
    classes[0xD7] = OTHER; // ×
    classes[0xF7] = OTHER; // ÷
    return classes;
  }

  private static byte classOf(char c) {
    if (c < 0x100) {
      return CLASSES[c];
    }
    switch (c) {
      case '\u2018', '\u2019':
        return MID_BOTH;
      case '\u201C', '\u201D', '\u2013', '\u2014', '\u2026', '\u2028':
        return OTHER;
      default:
        return UNKNOWN;
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    readAll();
    at = 0;
    standardWords = !fastPath();
    if (standardWords) {
      if (standard == null) {
        standard = new StandardTokenizer();
        standardTerm = standard.getAttribute(CharTermAttribute.class);
        standardOffset = standard.getAttribute(OffsetAttribute.class);
        standardPosition = standard.getAttribute(PositionIncrementAttribute.class);
        standardType = standard.getAttribute(TypeAttribute.class);
      }
      standard.setReader(new CharArrayReader(text, 0, length));
      standard.reset();
    }
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    return standardWords ? fromStandard() : nextWord();
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(length);
    offset.setOffset(last, last);
    if (standardWords) {
      standard.end();
      position.setPositionIncrement(standardPosition.getPositionIncrement());
    }
  }

  @Override
  public void close() throws IOException {
    super.close();
    if (standardWords) {
      standard.close();
      standardWords = false;
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

  /**
   * Whether this class knows every character of the text, and no run of characters that are not
   * white space (so no word) is longer than the standard tokenizer keeps whole.
   */
  private boolean fastPath() {
    int run = 0;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      run = c > ' ' ? run + 1 : 0;
      if (run > MAX_WORD || (c >= 0x80 && classOf(c) == UNKNOWN)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Finds the next word from {@link #at}. Each character is classified once: a middle character is
   * taken together with the one after it when it joins the two sides.
   */
  private boolean nextWord() {
    while (at < length) {
      int start = at;
      byte before = classOf(text[at++]);
      if (before != LETTER && before != DIGIT && before != JOINER) {
        continue;
      }
      boolean word = before != JOINER;
      boolean letters = before == LETTER;
      while (at < length) {
        byte here = classOf(text[at]);
        if (here == LETTER || here == DIGIT || here == JOINER) {
          at++;
        } else if (here >= MID_LETTER && here <= MID_DIGIT && at + 1 < length
            && joinsAcross(before, here, classOf(text[at + 1]))) {
          here = classOf(text[at + 1]);
          at += 2;
        } else {
          break;
        }
        word |= here != JOINER;
        letters |= here == LETTER;
        before = here;
      }
      if (word) {
        emit(start, at, letters);
        return true;
      }
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

  private void emit(int start, int end, boolean letters) {
    char[] buffer = term.resizeBuffer(end - start);
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c | 0x20);
      } else if (c >= 0x80) {
        c = Character.toLowerCase(c);
      }
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
    term.copyBuffer(standardTerm.buffer(), 0, standardTerm.length());
    CharacterUtils.toLowerCase(term.buffer(), 0, term.length());
    offset.setOffset(correctOffset(standardOffset.startOffset()), correctOffset(standardOffset.endOffset()));
    position.setPositionIncrement(standardPosition.getPositionIncrement());
    type.setType(standardType.type());
    return true;
  }
}
