package org.cablearchive.telegram.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraphs a cable page's anchors stand for, once the site's own mistakes are taken out. The site
 * anchored every line starting with a number and a full stop ({@code <a id='par4'>}), so its anchors also
 * mark list items, years and the release's stub of the text; and it missed paragraphs written
 * {@code 2.(C)}. Rules, read off the page alone (never off the parser under test):
 * <ol>
 *   <li>a line written {@code N.(X)} without an anchor is a paragraph;</li>
 *   <li>an anchored line ending in {@code ...} that a later anchor numbers again (or lower) is the stub;</li>
 *   <li>a number above 200 or 0 is not a paragraph number (years: {@code 1999.});</li>
 *   <li>a run 1, 2, 3… that starts after a higher number is a list inside a paragraph, up to the first
 *       number that does not continue it;</li>
 *   <li>of the rest, the paragraphs are the longest chain of rising numbers, each at most
 *       {@link #MAX_STEP} above the one before (a writer's repeated or stray number is not a paragraph;
 *       a few skipped numbers are).</li>
 * </ol>
 */
final class AnchoredParagraphs {
  private static final int MAX_STEP = 8;
  private static final int MAX_NUMBER = 200;
  private static final Pattern ANCHOR = Pattern.compile("<a id=['\"]par(\\d+)['\"]");
  private static final Pattern UNANCHORED = Pattern.compile("^(?:<pre>)?[ \\t]*(\\d{1,3})\\.\\(");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  private AnchoredParagraphs() {}

  /** How many paragraphs the page's {@code <pre>} blocks hold by the rules above. */
  static int count(String blocks) {
    List<int[]> numbered = numberedLines(blocks);
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < numbered.size(); i++) {
      int n = numbered.get(i)[0];
      boolean stub = numbered.get(i)[1] == 1 && numberedAgainLater(numbered, i);
      if (!stub && n > 0 && n <= MAX_NUMBER) {
        numbers.add(n);
      }
    }
    return longestChain(withoutLists(numbers));
  }

  /** Each numbered line as {number, 1 when it ends in "..." else 0}, in page order. */
  private static List<int[]> numberedLines(String blocks) {
    List<int[]> found = new ArrayList<>();
    for (String line : blocks.split("&#x000A;")) {
      Matcher anchor = ANCHOR.matcher(line);
      Matcher unanchored = UNANCHORED.matcher(line);
      if (anchor.find()) {
        boolean cut = TAG.matcher(line).replaceAll("").strip().endsWith("...");
        found.add(new int[] {Integer.parseInt(anchor.group(1)), cut ? 1 : 0});
      } else if (unanchored.find()) {
        found.add(new int[] {Integer.parseInt(unanchored.group(1)), 0});
      }
    }
    return found;
  }

  private static boolean numberedAgainLater(List<int[]> numbered, int at) {
    for (int i = at + 1; i < numbered.size(); i++) {
      if (numbered.get(i)[0] <= numbered.get(at)[0]) {
        return true;
      }
    }
    return false;
  }

  private static List<Integer> withoutLists(List<Integer> numbers) {
    List<Integer> kept = new ArrayList<>();
    int previous = -1;
    int listItem = -1;
    for (int n : numbers) {
      if (listItem >= 0 && n == listItem + 1) {
        listItem = n;
      } else if (previous > 1 && n == 1) {
        listItem = 1;
      } else {
        listItem = -1;
        kept.add(n);
      }
      previous = n;
    }
    return kept;
  }

  private static int longestChain(List<Integer> numbers) {
    int[] longest = new int[numbers.size()];
    int best = 0;
    for (int i = 0; i < numbers.size(); i++) {
      longest[i] = 1;
      for (int j = 0; j < i; j++) {
        int step = numbers.get(i) - numbers.get(j);
        if (step > 0 && step <= MAX_STEP && longest[j] + 1 > longest[i]) {
          longest[i] = longest[j] + 1;
        }
      }
      best = Math.max(best, longest[i]);
    }
    return best;
  }
}
