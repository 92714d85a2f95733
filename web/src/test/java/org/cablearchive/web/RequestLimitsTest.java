package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestLimitsTest {
  @Test
  void percentEscapesMustBeUtf8() {
    assertThat(RequestGuard.isUtf8("/tag/%C3%A9t%C3%A9")).isTrue();
    assertThat(RequestGuard.isUtf8("q=plain+text")).isTrue();
    assertThat(RequestGuard.isUtf8("q=%C3%28")).isFalse();
    assertThat(RequestGuard.isUtf8("q=%FF")).isFalse();
    assertThat(RequestGuard.isUtf8("q=%E2%82")).isFalse();
  }

  @Test
  void recentPagesAreReusedButErrorsAndMissingPagesAreNot() throws Exception {
    RecentPages recent = new RecentPages(Duration.ofMinutes(1), 10);
    AtomicInteger renders = new AtomicInteger();
    RecentPages.Renderer page = () -> new byte[] {(byte) renders.incrementAndGet()};
    assertThat(recent.get("a", page)).containsExactly(1);
    assertThat(recent.get("a", page)).containsExactly(1);
    assertThat(recent.get("b", page)).containsExactly(2);
    assertThat(recent.get("missing", () -> null)).isNull();
    assertThat(recent.get("missing", page)).containsExactly(3);
    for (int i = 0; i < 50; i++) {
      recent.get("k" + i, page);
    }
    assertThat(renders.get()).isEqualTo(53);
  }

  @Test
  void withNoAgePagesAreAlwaysRenderedAgain() throws Exception {
    RecentPages never = new RecentPages(Duration.ZERO, 10);
    AtomicInteger renders = new AtomicInteger();
    never.get("a", () -> new byte[] {(byte) renders.incrementAndGet()});
    never.get("a", () -> new byte[] {(byte) renders.incrementAndGet()});
    assertThat(renders.get()).isEqualTo(2);
  }
}
