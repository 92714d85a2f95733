package org.cablearchive.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvRowTest {

  @Test
  void quotesEveryFieldAndEscapesQuotesAndBackslashes() throws IOException {
    StringWriter out = new StringWriter();
    CsvRow row = new CsvRow(out);

    row.write("1", "OF \"PREFERENTIAL\" JURISDICTION", "C:\\TEMP\\", "two\nlines");

    assertThat(out).hasToString("\"1\",\"OF \\\"PREFERENTIAL\\\" JURISDICTION\",\"C:\\\\TEMP\\\\\",\"two\nlines\"\n");
  }
}
