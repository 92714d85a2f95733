package org.cablearchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Addresses with a {@code %} that starts no escape ({@code %u0041}, the old UTF-16 escapes; a lone
 * {@code %}) in every kind of address, sent to a real {@code cables serve}: each is a 400 that says why,
 * the server goes on answering, and its log stays quiet (it used to log a 3 KB stack trace for each:
 * a way to fill the disk with 60-byte requests).
 */
class MalformedEscapesTest {
  /** Refused by the reading room, which says why. */
  private static final List<String> ADDRESSES = List.of("/cable/%u0041", "/origin/%u0041", "/api/cables/%u0041",
      "/api/browse/origin/%uD800", "/released/%u0032011-08-30", "/search?q=%u0041", "/api/search?q=merida%",
      "/feeds/tag/%u0041", "/search?q=a%zz");
  /** Refused by Jetty before the reading room sees them (an escape cut short in the path). */
  private static final List<String> CUT_SHORT = List.of("/tag/%u004", "/cable/09MEXICO3093/%u", "/cable/ABC%");

  @TempDir Path dir;

  @Test
  void malformedEscapesAreRefusedWithA400AndLeaveNoTraceInTheLog() throws Exception {
    Path data = dir.resolve("data");
    assertThat(StorageFailureTest.importing(data, BundledSample.seedPageText()).exitCode()).isZero();
    Path log = dir.resolve("serve.log");
    Process serve = CommandRun.start(log, "serve", "--data", data.toString(), "--port", "0");
    long logBefore;
    try {
      int port = CommandRun.servingPort(serve, log, Duration.ofMinutes(5));
      assertThat(RawHttp.get(port, "/cable/09MEXICO3093").status()).isEqualTo(200);
      logBefore = Files.readAllLines(log).size();
      for (String address : ADDRESSES) {
        RawHttp answer = RawHttp.get(port, address);
        assertThat(answer.status()).as(address + ": " + answer.body()).isEqualTo(400);
        assertThat(answer.body()).as(address)
            .contains("The address contains a % that is not followed by two hex digits (write a % sign as %25).");
        assertThat(RawHttp.get(port, "/cable/09MEXICO3093").status()).as("an ordinary page after " + address).isEqualTo(200);
      }
      for (String address : CUT_SHORT) {
        assertThat(RawHttp.get(port, address).status()).as(address).isEqualTo(400);
      }
    } finally {
      serve.destroy();
      assertThat(serve.waitFor(5, TimeUnit.MINUTES)).as("serve stops on SIGTERM").isTrue();
    }
    List<String> logged = Files.readAllLines(log);
    assertThat(logged.subList((int) logBefore, logged.size()))
        .as("what the server logged while refusing %d addresses", ADDRESSES.size() + CUT_SHORT.size())
        .noneMatch(line -> line.contains("Exception") || line.startsWith("\tat ") || line.contains("ERROR"))
        .hasSizeLessThanOrEqualTo(ADDRESSES.size() + CUT_SHORT.size());
  }
}
