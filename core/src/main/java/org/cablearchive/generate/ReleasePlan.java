package org.cablearchive.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.model.Classification;

/**
 * Decides, for {@code n} rows, which reference ID, date, classification and form each gets.
 *
 * <p>IDs are picked evenly along the real list (which is in release order), so any {@code n} keeps
 * the real mix of stations and years: all of them for the full release, every k-th for fewer, and
 * each real ID repeated with a serial raised by a million per copy for more. Classifications and
 * partial extracts are dealt out in the release's exact proportions and then shuffled.
 */
final class ReleasePlan {
  /** Rows of the full release per classification, in {@link Classification} order. */
  static final int[] RELEASE_CLASSIFICATIONS = {75_792, 58_095, 97_070, 4_678, 11_322, 4_330};
  /** Rows of the full release that are partial extracts. */
  static final int RELEASE_PARTIAL_EXTRACTS = 49_000;

  private static final LocalDate FIRST = LocalDate.of(1966, 12, 28);
  private static final LocalDate LAST = LocalDate.of(2010, 2, 28);
  private static final Pattern ID = Pattern.compile("(\\d\\d)([A-Z]+?)(\\d+)");
  private static final Pattern STATION = Pattern.compile("\\d\\d([A-Z]+)");
  private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d{1,9}$");

  private ReleasePlan() {}

  static List<PlannedCable> of(ReleaseProfile profile, int n, long seed) {
    if (n < 1) {
      throw new IllegalArgumentException("the number of cables must be at least 1, got " + n);
    }
    Classification[] classes = deal(n, seed);
    boolean[] partial = partials(n, seed);
    List<String> real = profile.ids();
    List<PlannedCable> plan = new ArrayList<>(n);
    int previous = -1;
    int copy = 0;
    for (int i = 0; i < n; i++) {
      int source = (int) ((long) i * real.size() / n);
      copy = source == previous ? copy + 1 : 0;
      previous = source;
      SplittableRandom random = new SplittableRandom(Seeds.of(seed, i, 1));
      plan.add(planned(i, real.get(source), copy, profile.month(source), classes[i], partial[i], random));
    }
    return plan;
  }

  private static PlannedCable planned(
      int i, String realId, int copy, int month, Classification c, boolean partial, SplittableRandom random) {
    Matcher m = ID.matcher(realId);
    String id = realId;
    String station;
    long serial;
    if (m.matches()) {
      station = m.group(2);
      serial = Long.parseLong(m.group(3)) + 1_000_000L * copy;
      id = m.group(1) + station + serial;
    } else {
      Matcher s = STATION.matcher(realId);
      station = s.lookingAt() ? s.group(1) : "STATE";
      Matcher digits = TRAILING_DIGITS.matcher(realId);
      serial = digits.find() ? Long.parseLong(digits.group()) : 1 + random.nextInt(9999);
      id = copy == 0 ? realId : realId + "C" + copy;
    }
    return new PlannedCable(i + 1, id, station, serial, created(realId, month, random), c, partial);
  }

  /** A date in the ID's year and the listed month, kept within the release's first and last day. */
  private static LocalDateTime created(String id, int month, SplittableRandom random) {
    int yy = Integer.parseInt(id.substring(0, 2));
    YearMonth ym = YearMonth.of(yy >= 66 ? 1900 + yy : 2000 + yy, month);
    LocalDate day = ym.atDay(1 + random.nextInt(ym.lengthOfMonth()));
    day = day.isBefore(FIRST) ? FIRST : day.isAfter(LAST) ? LAST : day;
    return day.atTime(random.nextInt(24), random.nextInt(60));
  }

  /** The release's classification counts scaled to {@code n} (largest remainder), shuffled. */
  private static Classification[] deal(int n, long seed) {
    int[] counts = scale(RELEASE_CLASSIFICATIONS, n);
    Classification[] all = Classification.values();
    Classification[] out = new Classification[n];
    int k = 0;
    for (int c = 0; c < counts.length; c++) {
      for (int j = 0; j < counts[c]; j++) {
        out[k++] = all[c];
      }
    }
    shuffle(out, new SplittableRandom(Seeds.of(seed, 0, 2)));
    return out;
  }

  private static boolean[] partials(int n, long seed) {
    int count = scale(new int[] {RELEASE_PARTIAL_EXTRACTS, ReleaseProfile.RELEASE_CABLES - RELEASE_PARTIAL_EXTRACTS}, n)[0];
    Boolean[] flags = new Boolean[n];
    for (int i = 0; i < n; i++) {
      flags[i] = i < count;
    }
    shuffle(flags, new SplittableRandom(Seeds.of(seed, 0, 3)));
    boolean[] out = new boolean[n];
    for (int i = 0; i < n; i++) {
      out[i] = flags[i];
    }
    return out;
  }

  /** Scales counts to sum to {@code n}, giving leftovers to the largest remainders (ties: first). */
  static int[] scale(int[] counts, int n) {
    long total = 0;
    for (int c : counts) {
      total += c;
    }
    int[] out = new int[counts.length];
    long[] remainder = new long[counts.length];
    int given = 0;
    for (int i = 0; i < counts.length; i++) {
      out[i] = (int) ((long) counts[i] * n / total);
      remainder[i] = (long) counts[i] * n % total;
      given += out[i];
    }
    for (; given < n; given++) {
      int best = 0;
      for (int i = 1; i < counts.length; i++) {
        if (remainder[i] > remainder[best]) {
          best = i;
        }
      }
      out[best]++;
      remainder[best] = -1;
    }
    return out;
  }

  private static <T> void shuffle(T[] items, SplittableRandom random) {
    for (int i = items.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
  }
}
