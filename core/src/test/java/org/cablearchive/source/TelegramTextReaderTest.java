package org.cablearchive.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.cablearchive.model.Problem;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;
import org.junit.jupiter.api.Test;

class TelegramTextReaderTest {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TelegramTextReaderTest.class.getResourceAsStream("/sources/telegram/" + name)) {
      return in.readAllBytes();
    }
  }

  private static SourceDocument only(byte[] bytes, String file) throws IOException {
    Collected read = Collected.read(new TelegramTextReader(), bytes, file);
    assertThat(read.items()).hasSize(1);
    return read.documents().get(0);
  }

  @Test
  void splitsAModernTelegramAtTheBlankLineAfterTheHeader() throws IOException {
    SourceDocument d = only(resource("06MEXICO536.txt"), "telegrams/06MEXICO536.txt");

    assertThat(d.location()).isEqualTo(new SourceLocation(SourceFormat.TELEGRAM, "telegrams/06MEXICO536.txt", 1));
    assertThat(d.idAsPublished()).isEqualTo("06MEXICO536");
    assertThat(d.header()).isEqualTo("""
        VZCZCXRO7879
        RR RUEHCD RUEHGD RUEHHO RUEHMC RUEHNG RUEHNL RUEHRD RUEHRS RUEHTM
        DE RUEHME #0536/01 0311745
        ZNR UUUUU ZZH
        R 311745Z JAN 06
        FM AMEMBASSY MEXICO
        TO RUEHC/SECSTATE WASHDC 8641
        INFO RUEHXC/ALL US CONSULATES IN MEXICO COLLECTIVE""");
    assertThat(d.body()).startsWith("UNCLAS SECTION 01 OF 02 MEXICO 000536 \n \nSIPDIS \n")
        .endsWith("http://www.state.sgov.gov/p/wha/mexicocity \n \nGARZA");
    assertThat(d.bodyLine()).isEqualTo(10);
    assertThat(d.created()).isNull();
    assertThat(d.classification()).isNull();
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void splitsAnOldTelegramThatStartsWithItsPrecedence() throws IOException {
    SourceDocument d = only(resource("66BUENOSAIRES2481.txt"), "66BUENOSAIRES2481.txt");

    assertThat(d.header()).startsWith("P R 281848Z DEC 66\nFM AMEMBASSY BUENOS AIRES\n").endsWith("\nSTATE GRNC");
    assertThat(d.body()).startsWith("UNCLASSIFIED BUENOS AIRES 2481 \n").endsWith("\nGP-3 \nSACCIO");
    assertThat(d.bodyLine()).isEqualTo(16);
  }

  @Test
  void aPartialExtractKeepsItsOldPageHeaderUpToTheClassificationLine() throws IOException {
    SourceDocument d = only(resource("00HARARE5461.txt"), "00HARARE5461.txt");

    assertThat(d.header()).startsWith("This record is a partial extract of the original cable.")
        .contains("\n                           CONFIDENTIAL     PTQ2529\n")
        .endsWith("\nINFO NSC WASHDC IMMEDIATE\nSOUTHERN AFRICAN DEVELOPMENT COMMUNITY");
    assertThat(d.body()).startsWith("C O N F I D E N T I A L SECTION 01 OF 02 HARARE 005461 \n");
    assertThat(d.bodyLine()).isEqualTo(22);
  }

  @Test
  void textWithoutAHeaderIsAllBody() throws IOException {
    SourceDocument d = only("\n\nC O N F I D E N T I A L ROME 000123\r\n\r\nSUBJECT: X\r\n\r\n".getBytes(StandardCharsets.UTF_8),
        "notes/cable.txt");

    assertThat(d.header()).isEmpty();
    assertThat(d.body()).isEqualTo("C O N F I D E N T I A L ROME 000123\n\nSUBJECT: X");
    assertThat(d.bodyLine()).isEqualTo(3);
    assertThat(d.idAsPublished()).isNull();
  }

  @Test
  void theHeaderEndsAtTheClassificationLineWhenNoBlankLineSeparatesThem() throws IOException {
    SourceDocument d = only("R 011200Z JAN 09\nFM AMEMBASSY ROME\nTO SECSTATE WASHDC\nUNCLAS ROME 000001\nTEXT\n"
        .getBytes(StandardCharsets.UTF_8), "09rome1.txt");

    assertThat(d.header()).isEqualTo("R 011200Z JAN 09\nFM AMEMBASSY ROME\nTO SECSTATE WASHDC");
    assertThat(d.body()).isEqualTo("UNCLAS ROME 000001\nTEXT");
    assertThat(d.bodyLine()).isEqualTo(4);
    assertThat(d.idAsPublished()).isEqualTo("09ROME1");
  }

  @Test
  void aHeaderWithoutBodyLeavesTheBodyOnTheLastLine() throws IOException {
    SourceDocument d = only("R 011200Z JAN 09\nFM AMEMBASSY ROME\n".getBytes(StandardCharsets.UTF_8), "x.txt");

    assertThat(d.header()).isEqualTo("R 011200Z JAN 09\nFM AMEMBASSY ROME");
    assertThat(d.body()).isEmpty();
    assertThat(d.bodyLine()).isEqualTo(3);
  }

  @Test
  void readsUtf16AndWindows1252Text() throws IOException {
    String text = "UNCLAS ROME 000001\nCAFÉ “QUOTED”\n";

    SourceDocument utf16 = only(text.getBytes(StandardCharsets.UTF_16), "a.txt");
    SourceDocument windows = only(text.getBytes(Charset.forName("windows-1252")), "b.txt");

    assertThat(utf16.body()).isEqualTo("UNCLAS ROME 000001\nCAFÉ “QUOTED”");
    assertThat(utf16.problems()).isEmpty();
    assertThat(windows.body()).isEqualTo("UNCLAS ROME 000001\nCAFÉ “QUOTED”");
    assertThat(windows.problems()).containsExactly(
        new Problem("NOT_UTF8", 2, "bytes on this line are not UTF-8; read as windows-1252 (Latin-1)"));
  }

  @Test
  void anEmptyFileIsRejected() throws IOException {
    Collected read = Collected.read(new TelegramTextReader(), " \n\n", "empty.txt");

    assertThat(read.items()).containsExactly(new Rejection(new SourceLocation(SourceFormat.TELEGRAM, "empty.txt", 1),
        "no telegram text: the file is empty", " \n\n"));
  }

  @Test
  void aFileTooLargeForOneTelegramIsRejectedWithItsBeginning() throws IOException {
    byte[] huge = "X".repeat(TelegramTextReader.MAX_BYTES + 1).getBytes(StandardCharsets.US_ASCII);

    Rejection r = Collected.read(new TelegramTextReader(), huge, "huge.txt").rejections().get(0);

    assertThat(r.reason()).isEqualTo("larger than 8 MiB: not a single telegram");
    assertThat(r.raw()).hasSize(CsvRowScanner.MAX_RAW_KEPT);
  }

  @Test
  void takesTheIdFromAFileNamedLikeOne() {
    assertThat(TelegramTextReader.idFromFileName("a.tar.xz!/x/09mexico3093.txt")).isEqualTo("09MEXICO3093");
    assertThat(TelegramTextReader.idFromFileName("C:\\cables\\08STATE123456.txt")).isEqualTo("08STATE123456");
    assertThat(TelegramTextReader.idFromFileName("notes.txt")).isNull();
    assertThat(TelegramTextReader.idFromFileName("2009.txt")).isNull();
  }
}
