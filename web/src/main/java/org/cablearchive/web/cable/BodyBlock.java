package org.cablearchive.web.cable;

/**
 * A stretch of the body text as written: the text before the first numbered paragraph (number 0),
 * or one numbered paragraph up to the next.
 *
 * @param paragraph the paragraph number, or 0 for text outside numbered paragraphs
 * @param marking the paragraph's classification marking ({@code C}, {@code S/NF}) or empty
 * @param markingTitle what the marking means, or empty
 * @param text the text, verbatim
 * @param citation how to cite this paragraph (empty for text outside numbered paragraphs)
 */
public record BodyBlock(int paragraph, String marking, String markingTitle, String text, String citation) {
  public String anchor() {
    return "par" + paragraph;
  }
}
