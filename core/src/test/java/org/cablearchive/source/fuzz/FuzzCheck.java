package org.cablearchive.source.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Problem;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;
import org.cablearchive.source.CableReader;
import org.cablearchive.source.Rejection;
import org.cablearchive.source.SourceDocument;
import org.cablearchive.source.SourceItem;
import org.cablearchive.telegram.TelegramParser;

/**
 * Runs one input through a reader and the telegram parser behind it, and checks what they promise:
 * nothing thrown (the parser records what it could not survive as an {@code INTERNAL} problem, which
 * counts as thrown here), every rejection and document naming the input and a line inside it, and
 * every problem a line inside it ({@code 0} allowed for the parser's problems of the whole cable, and
 * for the body line of JSON Lines, whose body is not laid out on the file's lines). The lines of an
 * archive's members are only checked to be positive: the archive's bytes do not bound them.
 */
final class FuzzCheck {
  private static final TelegramParser PARSER = new TelegramParser();
  private final FuzzInput input;
  private int lines;
  private final List<String> violations = new ArrayList<>();

  private FuzzCheck(FuzzInput input) {
    this.input = input;
  }

  /** The broken promises for one input, each naming how to reproduce it; empty when all hold. */
  static List<String> violations(CableReader reader, FuzzInput input) {
    FuzzCheck check = new FuzzCheck(input);
    List<SourceItem> items = new ArrayList<>();
    try {
      reader.read(new ByteArrayInputStream(input.bytes()), input.name(), items::add);
    } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
      check.violation("threw " + stackTrace(e));
    }
    items.forEach(check::item);
    items.stream().filter(SourceDocument.class::isInstance).map(SourceDocument.class::cast).forEach(check::parse);
    return check.violations;
  }

  private void item(SourceItem item) {
    lines = isMember(item) ? Integer.MAX_VALUE : input.lines();
    if (item instanceof Rejection rejection) {
      location("rejection", rejection.location());
      if (rejection.reason() == null || rejection.reason().isBlank() || rejection.reason().contains("\n")) {
        violation("rejection reason is not one line: " + rejection.reason());
      }
      if (rejection.raw() == null) {
        violation("rejection without its raw text");
      }
    } else if (item instanceof SourceDocument document) {
      location("document", document.location());
      if (document.bodyLine() != 0 || document.location().format() != SourceFormat.JSONL) {
        line("body line", document.bodyLine());
      }
      document.problems().forEach(this::problem);
    }
  }

  private boolean isMember(SourceItem item) {
    SourceLocation location = item instanceof SourceDocument d ? d.location() : ((Rejection) item).location();
    return location != null && location.file() != null && location.file().startsWith(input.name() + "!/");
  }

  private void parse(SourceDocument document) {
    lines = isMember(document) ? Integer.MAX_VALUE : input.lines();
    Cable cable;
    try {
      cable = PARSER.parse(document);
    } catch (RuntimeException | StackOverflowError e) {
      violation("the parser threw " + stackTrace(e));
      return;
    }
    if (cable.source() == null || !namesTheInput(cable.source().file())) {
      violation("the parsed cable does not name its source: " + cable.source());
    }
    for (Problem problem : cable.problems()) {
      if ("INTERNAL".equals(problem.code())) {
        violation("the parser failed: " + problem.message());
      } else if (problem.line() != 0) {
        line("parser problem " + problem.code() + " line", problem.line());
      }
    }
  }

  private void location(String what, SourceLocation location) {
    if (location == null || location.format() == null || !namesTheInput(location.file())) {
      violation(what + " does not name its source: " + location);
      return;
    }
    line(what + " line", location.line());
  }

  /** The input itself, or a member of it when it is an archive ({@code input!/member}). */
  private boolean namesTheInput(String file) {
    return input.name().equals(file) || (file != null && file.startsWith(input.name() + "!/"));
  }

  private void problem(Problem problem) {
    if (problem.code() == null || problem.message() == null) {
      violation("problem without code or message: " + problem);
    }
    line("problem " + problem.code() + " line", problem.line());
  }

  private void line(String what, int line) {
    if (line < 1 || line > lines) {
      violation(what + " " + line + " is outside the input's lines 1.." + lines);
    }
  }

  private void violation(String message) {
    violations.add(input.recipe() + ": " + message);
  }

  private static String stackTrace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString().lines().limit(12).reduce((a, b) -> a + "\n" + b).orElse("");
  }
}
