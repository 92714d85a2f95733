package org.cablearchive.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.cablearchive.archive.HistogramBucket;

/**
 * The date histogram as SVG geometry, computed on the server, drawn at its natural size so that its
 * text stays readable (on a narrow screen the figure scrolls on its own, the page does not): under each
 * bar its year or month, above it its count, both written upwards; each bar with its labels is a link
 * that narrows the search to its year or month, so it works without JavaScript.
 *
 * @param width the drawing's width in pixels
 * @param height the drawing's height in pixels
 * @param baseline where the bars stand, from the top
 * @param bars the bars in date order
 * @param firstLabel the first bucket's key
 * @param lastLabel the last bucket's key
 * @param caption what the bars count
 */
public record DateHistogram(int width, int height, int baseline, List<Bar> bars, String firstLabel, String lastLabel,
    String caption) {
  /** Height of the tallest bar. */
  static final int PLOT = 120;
  /** Room above the tallest bar for its count, and below the bars for the keys, written upwards. */
  static final int COUNT_ROOM = 44;
  static final int KEY_ROOM = 50;
  static final int SLOT = 20;
  private static final int MIN_BAR_HEIGHT = 2;

  /**
   * One bar: its rectangle, its link, its name for screen readers, and the key and count written beside it
   * ({@code textX} is the middle of the slot).
   */
  public record Bar(int x, int y, int width, int height, int textX, String href, String label, String key, String count) {}

  /**
   * @param buckets the archive's buckets in date order
   * @param href the address that narrows the search to a bucket's key
   */
  public static DateHistogram of(List<HistogramBucket> buckets, Function<String, String> href, String caption) {
    if (buckets.isEmpty()) {
      return new DateHistogram(0, 0, 0, List.of(), "", "", caption);
    }
    long max = buckets.stream().mapToLong(HistogramBucket::count).max().orElse(1);
    int baseline = COUNT_ROOM + PLOT;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < buckets.size(); i++) {
      HistogramBucket b = buckets.get(i);
      int h = b.count() == 0 ? 0 : Math.max(MIN_BAR_HEIGHT, (int) Math.round((double) b.count() * PLOT / Math.max(1, max)));
      String count = String.format(Locale.ROOT, "%,d", b.count());
      bars.add(new Bar(i * SLOT + 2, baseline - h, SLOT - 4, h, i * SLOT + SLOT / 2, href.apply(b.key()),
          b.key() + ": " + count + (b.count() == 1 ? " cable" : " cables"), b.key(), count));
    }
    return new DateHistogram(SLOT * buckets.size(), baseline + KEY_ROOM, baseline, bars, buckets.get(0).key(),
        buckets.get(buckets.size() - 1).key(), caption);
  }

  public boolean isEmpty() {
    return bars.isEmpty();
  }
}
