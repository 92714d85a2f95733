package org.cablearchive.telegram.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each rule of {@link AnchoredParagraphs}, on lines written as the site's pages write them. */
class AnchoredParagraphsTest {

  @Test
  void everyAnchoredParagraphCounts() {
    assertThat(count(anchored(1, "(U) Baghdad minimize considered."), anchored(2, "(C) Acting Undersecretary"),
        "convoked DCM", anchored(3, "(C) Ilkin reported"))).isEqualTo(3);
  }

  @Test
  void aParagraphTheSiteDidNotAnchorCounts() {
    assertThat(count(anchored(1, "(C) First."), "2.(C) Second, written without a space.", anchored(3, "(C) Third.")))
        .isEqualTo(3);
  }

  @Test
  void theStubOfTheTextIsNotAParagraph() {
    String[] whole = {anchored(1, "(C) One."), anchored(2, "(C) Two."), anchored(3, "(C) Three."),
        anchored(4, "(C) Four.")};
    assertThat(count(concat(anchored(5, "(C) The stub, cut short..."), whole))).isEqualTo(4);
    // the same line without the cut reads as paragraph 5 holding a list of four
    assertThat(count(concat(anchored(5, "(C) A paragraph whose list follows:"), whole))).isEqualTo(1);
  }

  @Test
  void yearsAndZeroAreNotParagraphNumbers() {
    assertThat(count(anchored(1, "(C) One."), anchored(1999, "was a year"), anchored(0, "nothing"),
        anchored(2, "(C) Two."))).isEqualTo(2);
  }

  @Test
  void aListInsideAParagraphIsNotParagraphs() {
    assertThat(count(anchored(1, "(C) One."), anchored(2, "(C) Two, with a list:"), anchored(1, "first item"),
        anchored(2, "second item"), anchored(3, "third item"), anchored(3, "(C) Three."), anchored(4, "(C) Four.")))
        .isEqualTo(4);
  }

  @Test
  void repeatedAndStrayNumbersAreLeftOutOfTheChain() {
    assertThat(count(anchored(1, "(C) One."), anchored(2, "(C) Two."), anchored(2, "(C) Two again."),
        anchored(3, "(C) Three."), anchored(40, "stray"), anchored(4, "(C) Four."))).isEqualTo(4);
  }

  @Test
  void aFewSkippedNumbersStillChainButALongJumpDoesNot() {
    assertThat(count(anchored(1, "(C) One."), anchored(3, "(C) Three."), anchored(5, "(C) Five."))).isEqualTo(3);
    assertThat(count(anchored(1, "(C) One."), anchored(20, "(C) Twenty."))).isEqualTo(1);
  }

  @Test
  void aPageWithoutNumberedLinesHasNone() {
    assertThat(count("SUBJECT: NOTHING NUMBERED", "Some text.")).isZero();
  }

  private static String anchored(int n, String text) {
    return "<a id='par" + n + "' href='#par" + n + "'>¶</a>" + n + ". " + text + " ";
  }

  private static String[] concat(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  /** The lines as a page's {@code <pre>} block holds them: each line ends in an encoded line feed. */
  private static int count(String... lines) {
    return AnchoredParagraphs.count("<pre>" + Arrays.stream(lines).collect(Collectors.joining("&#x000A;")));
  }
}
