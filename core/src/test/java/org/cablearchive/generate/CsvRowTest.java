package org.cablearchive.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvRowTest {

  @Test
  void quotesEveryFieldAndEscapesQuotesAndBackslashes() throws IOException {
    StringWriter out = new StringWriter();
    CsvRow row = new CsvRow(out);

    row.write("1", "OF \"PREFERENTIAL\" JURISDICTION", "C:\\TEMP\\", "two\nlines");

    assertThat(out).hasToString("\"1\",\"OF \\\"PREFERENTIAL\\\" JURISDICTION\",\"C:\\\\TEMP\\\\\",\"two\nlines\"\n");
  }

  @Test
  void countsTheBytesOfEveryCharacterAsUtf8WritesThem() throws IOException {
    String field = "a\u00e9\u20ac\ud83d\udcdc\ud800x";
    StringWriter out = new StringWriter();

    long bytes = new CsvRow(out).write(field);

    assertThat(bytes).isEqualTo(out.toString().getBytes(StandardCharsets.UTF_8).length).isEqualTo(1 + 2 + 3 + 4 + 1 + 1 + 3);
  }
}
