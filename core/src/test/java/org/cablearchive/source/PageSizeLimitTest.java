package org.cablearchive.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;
import org.junit.jupiter.api.Test;

/** Cable pages, as HTML or as text, are refused past one size with the same message. */
class PageSizeLimitTest {
  private static final String BEGINNING = "X".repeat(4096);

  @Test
  void aPageLargerThanTheLimitIsRejectedWithItsBeginning() throws IOException {
    byte[] huge = "X".repeat(PageSizeLimit.MAX_BYTES + 1).getBytes(StandardCharsets.US_ASCII);

    assertThat(Collected.read(new CablePageReader(), huge, "huge.html").items()).containsExactly(
        new Rejection(new SourceLocation(SourceFormat.HTML, "huge.html", 1), "larger than 16 MB, not a cable page", BEGINNING));
    assertThat(Collected.read(new PageTextReader(), huge, "huge.txt").items()).containsExactly(
        new Rejection(new SourceLocation(SourceFormat.PAGE_TEXT, "huge.txt", 1), "larger than 16 MB, not a cable page", BEGINNING));
  }

  @Test
  void aPageOfExactlyTheLimitIsRead() throws IOException {
    byte[] page = "X".repeat(PageSizeLimit.MAX_BYTES).getBytes(StandardCharsets.US_ASCII);

    assertThat(Collected.read(new CablePageReader(), page, "full.html").rejections()).extracting(Rejection::reason)
        .containsExactly("not a cable page (no cable table, no <pre> blocks)");
    assertThat(Collected.read(new PageTextReader(), page, "full.txt").rejections()).extracting(Rejection::reason)
        .containsExactly("not a cable page text (no 'Viewing cable' heading, no 'Reference ID' row)");
  }
}
