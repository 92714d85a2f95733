package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;
import org.cablearchive.model.Problem;

/**
 * The problems found while reading one cable, with their lines in the source file: a line of the
 * body is counted from the line where the source says the body starts (a cable page writes its whole
 * body on that line, its line ends as {@code &#x000A;}: every body problem names it); header problems
 * name the cable's first line.
 */
final class ProblemLog {
  private final List<Problem> problems = new ArrayList<>();
  private final int headerLine;
  private final int bodyLine;
  private final boolean bodyOnOneLine;

  ProblemLog(List<Problem> fromSource, int headerLine, int bodyLine, boolean bodyOnOneLine) {
    problems.addAll(fromSource);
    this.headerLine = headerLine;
    this.bodyLine = bodyLine;
    this.bodyOnOneLine = bodyOnOneLine;
  }

  void header(String code, String message) {
    problems.add(new Problem(code, headerLine, message));
  }

  /** A problem on line {@code index} (0-based) of the body. */
  void body(String code, int index, String message) {
    problems.add(new Problem(code, bodyLine > 0 ? bodyLine + (bodyOnOneLine ? 0 : index) : 0, message));
  }

  void cable(String code, String message) {
    problems.add(new Problem(code, 0, message));
  }

  List<Problem> list() {
    return problems;
  }
}
