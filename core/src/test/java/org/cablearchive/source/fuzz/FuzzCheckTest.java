package org.cablearchive.source.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.cablearchive.model.Problem;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;
import org.cablearchive.source.CableReader;
import org.cablearchive.source.Rejection;
import org.cablearchive.source.SourceDocument;
import org.cablearchive.source.SourceItem;
import org.junit.jupiter.api.Test;

/** The fuzz suite's checks catch what they are meant to catch. */
class FuzzCheckTest {
  private static final FuzzInput TWO_LINES =
      new FuzzInput("in.txt", "A\nB".getBytes(StandardCharsets.UTF_8), "recipe");

  private static CableReader reader(SourceFormat format, Consumer<Consumer<? super SourceItem>> body) {
    return new CableReader() {
      @Override
      public SourceFormat format() {
        return format;
      }

      @Override
      public void read(InputStream in, String file, Consumer<? super SourceItem> sink) {
        body.accept(sink);
      }
    };
  }

  @Test
  void reportsAnExceptionWithTheRecipe() {
    List<String> violations = FuzzCheck.violations(reader(SourceFormat.CSV, sink -> {
      throw new IllegalStateException("boom");
    }), TWO_LINES);

    assertThat(violations).singleElement().asString().startsWith("recipe: threw java.lang.IllegalStateException: boom");
  }

  @Test
  void reportsLinesOutsideTheInputAndForeignFiles() {
    SourceLocation ok = new SourceLocation(SourceFormat.CSV, "in.txt", 2);
    List<String> violations = FuzzCheck.violations(reader(SourceFormat.CSV, sink -> {
      sink.accept(new Rejection(new SourceLocation(SourceFormat.CSV, "in.txt", 3), "why", ""));
      sink.accept(new Rejection(new SourceLocation(SourceFormat.CSV, "other.txt", 1), "two\nlines", ""));
      sink.accept(new SourceDocument(ok, null, null, null, null, null, null, null, null, "", "", 0,
          List.of(new Problem("X", 0, "m"))));
    }), TWO_LINES);

    assertThat(violations).containsExactly(
        "recipe: rejection line 3 is outside the input's lines 1..2",
        "recipe: rejection does not name its source: other.txt:1",
        "recipe: rejection reason is not one line: two\nlines",
        "recipe: body line 0 is outside the input's lines 1..2",
        "recipe: problem X line 0 is outside the input's lines 1..2");
  }

  @Test
  void rebuildsAnInputFromItsSeedAndIndex() {
    List<Seed> seeds = List.of(new Seed("a.txt", "R 011200Z JAN 09\nUNCLAS".getBytes(StandardCharsets.UTF_8)));

    FuzzInput first = FuzzInput.make("telegram", seeds, 7, 42);
    FuzzInput again = FuzzInput.make("telegram", seeds, 7, 42);

    assertThat(again.bytes()).isEqualTo(first.bytes());
    assertThat(again.recipe()).isEqualTo(first.recipe()).startsWith("run seed 7, input 42: a.txt [");
    assertThat(first.name()).isEqualTo("fuzz/telegram/42/a.txt");
  }
}
