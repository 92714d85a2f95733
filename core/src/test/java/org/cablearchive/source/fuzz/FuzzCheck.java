package org.cablearchive.source.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.model.Problem;
import org.cablearchive.model.SourceLocation;
import org.cablearchive.source.CableReader;
import org.cablearchive.source.Rejection;
import org.cablearchive.source.SourceDocument;
import org.cablearchive.source.SourceItem;

/**
 * Runs one input through a reader and checks what every reader promises: nothing thrown, and every
 * rejection and problem naming the input and a line inside it.
 */
final class FuzzCheck {
  private final FuzzInput input;
  private final int lines;
  private final List<String> violations = new ArrayList<>();

  private FuzzCheck(FuzzInput input) {
    this.input = input;
    this.lines = input.lines();
  }

  /** The broken promises for one input, each naming how to reproduce it; empty when all hold. */
  static List<String> violations(CableReader reader, FuzzInput input) {
    FuzzCheck check = new FuzzCheck(input);
    List<SourceItem> items = new ArrayList<>();
    try {
      reader.read(new ByteArrayInputStream(input.bytes()), input.name(), items::add);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      check.violation("threw " + stackTrace(e));
    }
    items.forEach(check::item);
    return check.violations;
  }

  private void item(SourceItem item) {
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
      line("body line", document.bodyLine());
      document.problems().forEach(this::problem);
    }
  }

  private void location(String what, SourceLocation location) {
    if (location == null || location.format() == null || !input.name().equals(location.file())) {
      violation(what + " does not name its source: " + location);
      return;
    }
    line(what + " line", location.line());
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
