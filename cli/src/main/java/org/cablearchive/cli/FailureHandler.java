package org.cablearchive.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.cablearchive.archive.QueryException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line on stderr and an exit code. Stack traces are shown only with
 * {@code CABLES_DEBUG=1}: a user never needs one to know what went wrong with their input.
 */
final class FailureHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    if (System.getenv("CABLES_DEBUG") != null) {
      e.printStackTrace();
    }
    cl.getErr().println("cables " + cl.getCommandName() + ": " + describe(e));
    return e instanceof UserError u ? u.exitCode : 1;
  }

  static String describe(Throwable e) {
    Throwable full = causeMentioning(e, "No space left");
    if (full != null) {
      return "the disk is full (" + full.getMessage() + "); free space and run the command again: what was"
          + " committed is kept, and an import goes on where it stopped";
    }
    if (e instanceof UncheckedIOException u) {
      return describe(u.getCause());
    }
    if (e instanceof QueryException q) {
      return q.position() >= 0 ? "query error at position " + q.position() + ": " + q.getMessage()
          : "query error: " + q.getMessage();
    }
    if (e instanceof NoSuchFileException n) {
      return n.getFile() + ": no such file or folder";
    }
    if (e instanceof AccessDeniedException a) {
      return a.getFile() + ": permission denied";
    }
    if (e instanceof FileSystemException f) {
      String reason = f.getReason() == null ? f.getClass().getSimpleName() : f.getReason();
      return f.getFile() + ": " + reason + (reason.contains("Read-only")
          ? " (importing needs the archive's folder writable: remount it read-write or copy it elsewhere; search, show, stats and serve work on it as it is)" : "");
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** The first exception in the chain whose message contains {@code text}, or null (a closed index writer names its cause only there). */
  private static Throwable causeMentioning(Throwable e, String text) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(text)) {
        return t;
      }
    }
    return null;
  }
}
