package org.cablearchive.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages rendered in the last minute, kept in memory so that a popular cable or search is not looked
 * up, highlighted and rendered again for every reader. Entries expire after {@code maxAge} (an import
 * shows within that time) and the number kept is bounded, so memory stays flat.
 */
public final class RecentPages {
  /** Renders a page; null means there is no page to keep (the controller answers otherwise). */
  @FunctionalInterface
  public interface Renderer {
    byte[] render() throws IOException;
  }

  private record Entry(byte[] body, long expiresAt) {}

  private final ConcurrentHashMap<String, Entry> pages = new ConcurrentHashMap<>();
  private final long maxAgeNanos;
  private final int maxPages;

  public RecentPages(Duration maxAge, int maxPages) {
    this.maxAgeNanos = maxAge.toNanos();
    this.maxPages = maxPages;
  }

  /** The page kept under {@code key}, or the one {@code renderer} makes now (then kept). */
  public byte[] get(String key, Renderer renderer) throws IOException {
    long now = System.nanoTime();
    Entry entry = pages.get(key);
    if (entry != null && now - entry.expiresAt() < 0) {
      return entry.body();
    }
    byte[] body = renderer.render();
    if (body != null && maxAgeNanos > 0) {
      if (pages.size() >= maxPages) {
        evict(now);
      }
      pages.put(key, new Entry(body, now + maxAgeNanos));
    }
    return body;
  }

  /** Drops expired pages; if that frees too little, drops an arbitrary tenth. */
  private void evict(long now) {
    pages.values().removeIf(e -> now - e.expiresAt() >= 0);
    int excess = pages.size() - maxPages * 9 / 10;
    for (Iterator<String> keys = pages.keySet().iterator(); excess > 0 && keys.hasNext(); excess--) {
      keys.next();
      keys.remove();
    }
  }
}
