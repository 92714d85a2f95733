package org.cablearchive.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cablearchive.archive.HistogramBucket;

/**
 * The date histogram as SVG geometry, computed on the server: each bar is a link that narrows the
 * search to its year or month, so it works without JavaScript.
 *
 * @param width the drawing's width in SVG units
 * @param height the drawing's height in SVG units
 * @param bars the bars in date order
 * @param firstLabel the first bucket's key, for the axis
 * @param lastLabel the last bucket's key
 * @param caption what the bars count
 */
public record DateHistogram(int width, int height, List<Bar> bars, String firstLabel, String lastLabel, String caption) {
  private static final int HEIGHT = 120;
  private static final int MIN_BAR_HEIGHT = 2;
  private static final int MAX_WIDTH = 960;

  /** One bar: its rectangle, its link and its tooltip. */
  public record Bar(int x, int y, int width, int height, String href, String label) {}

  /**
   * @param buckets the archive's buckets in date order
   * @param href the address that narrows the search to a bucket's key
   */
  public static DateHistogram of(List<HistogramBucket> buckets, Function<String, String> href, String caption) {
    if (buckets.isEmpty()) {
      return new DateHistogram(0, 0, List.of(), "", "", caption);
    }
    long max = buckets.stream().mapToLong(HistogramBucket::count).max().orElse(1);
    int slot = Math.max(4, Math.min(40, MAX_WIDTH / buckets.size()));
    int gap = slot >= 8 ? 2 : 1;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < buckets.size(); i++) {
      HistogramBucket b = buckets.get(i);
      int h = b.count() == 0 ? 0 : Math.max(MIN_BAR_HEIGHT, (int) Math.round((double) b.count() * HEIGHT / Math.max(1, max)));
      bars.add(new Bar(i * slot, HEIGHT - h, slot - gap, h, href.apply(b.key()),
          b.key() + ": " + b.count() + (b.count() == 1 ? " cable" : " cables")));
    }
    return new DateHistogram(slot * buckets.size(), HEIGHT, bars, buckets.get(0).key(),
        buckets.get(buckets.size() - 1).key(), caption);
  }

  public boolean isEmpty() {
    return bars.isEmpty();
  }
}
