package org.cablearchive.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The numbered paragraphs of one body, as an unmodifiable list. A paragraph that stands in the body
 * as one stretch is kept as that stretch, and its text is collapsed from the body when the paragraph
 * is first read: an import stores the stretches and never reads most texts, and collapsing every
 * paragraph of every cable was a tenth of its parsing. Equal to any list of the same paragraphs.
 */
public final class Paragraphs extends AbstractList<Paragraph> implements RandomAccess {
  private final String body;
  private final int[] numbers;
  private final String[] markings;
  /** The text of each paragraph without a stretch of the body (unused for those with one). */
  private final String[] texts;
  /** Where each paragraph's stretch begins, or -1 when it has none. */
  private final int[] starts;
  private final int[] ends;
  /** Paragraphs already read. Filled without locking: two readers at once build equal records. */
  private final Paragraph[] read;

  private Paragraphs(Builder b) {
    body = b.body;
    numbers = Arrays.copyOf(b.numbers, b.size);
    markings = Arrays.copyOf(b.markings, b.size);
    texts = Arrays.copyOf(b.texts, b.size);
    starts = Arrays.copyOf(b.starts, b.size);
    ends = Arrays.copyOf(b.ends, b.size);
    read = new Paragraph[b.size];
  }

  /** Collects the paragraphs of {@code body} in order. */
  public static Builder of(String body) {
    return new Builder(body);
  }

  @Override
  public Paragraph get(int index) {
    Paragraph p = read[index];
    if (p == null) {
      p = starts[index] < 0
          ? new Paragraph(numbers[index], markings[index], texts[index])
          : new Paragraph(numbers[index], markings[index], Paragraph.textOf(body, starts[index], ends[index]),
              starts[index], ends[index]);
      read[index] = p;
    }
    return p;
  }

  @Override
  public int size() {
    return numbers.length;
  }

  /** The number of paragraph {@code index}, without reading its text. */
  public int number(int index) {
    return numbers[index];
  }

  /** The marking of paragraph {@code index}, or null, without reading its text. */
  public String marking(int index) {
    return markings[index];
  }

  /** Where paragraph {@code index} begins in the body, or -1 when it has no stretch there. */
  public int start(int index) {
    return starts[index];
  }

  /** Where paragraph {@code index} ends in the body (exclusive), or -1 when it has no stretch there. */
  public int end(int index) {
    return ends[index];
  }

  /** Adds paragraphs in order; {@link #build()} ends it. */
  public static final class Builder {
    private final String body;
    private int size;
    private int[] numbers = new int[8];
    private String[] markings = new String[8];
    private String[] texts = new String[8];
    private int[] starts = new int[8];
    private int[] ends = new int[8];

    private Builder(String body) {
      this.body = body == null ? "" : body;
    }

    /**
     * A paragraph standing in the body at {@code [start, end)}, its text that stretch with white space
     * collapsed ({@link Paragraph#textOf}). A stretch outside the body, or empty, is refused.
     */
    public Builder inBody(int number, String marking, int start, int end) {
      if (start < 0 || end <= start || end > body.length()) {
        throw new IllegalArgumentException("no stretch of the body: [" + start + ", " + end + ")");
      }
      return add(number, marking, null, start, end);
    }

    /** A paragraph whose text is given, as it has no stretch of the body. */
    public Builder written(int number, String marking, String text) {
      return add(number, marking, text, -1, -1);
    }

    private Builder add(int number, String marking, String text, int start, int end) {
      if (size == numbers.length) {
        int grown = size * 2;
        numbers = Arrays.copyOf(numbers, grown);
        markings = Arrays.copyOf(markings, grown);
        texts = Arrays.copyOf(texts, grown);
        starts = Arrays.copyOf(starts, grown);
        ends = Arrays.copyOf(ends, grown);
      }
      numbers[size] = number;
      markings[size] = marking;
      texts[size] = text;
      starts[size] = start;
      ends[size] = end;
      size++;
      return this;
    }

    public Paragraphs build() {
      return new Paragraphs(this);
    }
  }
}
