package org.cablearchive.cli;

import java.io.IOException;
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
      return f.getFile() + ": " + (f.getReason() == null ? f.getClass().getSimpleName() : f.getReason());
    }
    if (e instanceof IOException && e.getMessage() != null && e.getMessage().contains("No space left")) {
      return "the disk is full (" + e.getMessage() + "); free space and run the command again";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
