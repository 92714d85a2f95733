package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class OncePerViewTest {

  @Test
  void theValueIsWorkedOutOnceForEveryCaller() throws Exception {
    AtomicInteger worked = new AtomicInteger();
    OncePerView<String> value = new OncePerView<>(() -> "counts " + worked.incrementAndGet());

    assertThat(value.get()).isEqualTo("counts 1");
    assertThat(value.get()).isEqualTo("counts 1");
    assertThat(worked).hasValue(1);
  }

  /** The home page's facet counts were once held back for the whole build of the network. */
  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES) // only a defect (one value waiting for another) comes near it
  void aValueBeingWorkedOutHoldsNoOtherBack() throws Exception {
    CountDownLatch building = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    OncePerView<String> network = new OncePerView<>(() -> {
      building.countDown();
      try {
        finish.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "network";
    });
    OncePerView<String> facets = new OncePerView<>(() -> "facets");
    Thread builder = new Thread(() -> {
      try {
        network.get();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    builder.start();
    building.await();

    assertThat(facets.get()).isEqualTo("facets");
    assertThat(builder.isAlive()).isTrue();
    finish.countDown();
    builder.join();
    assertThat(network.get()).isEqualTo("network");
  }
}
