package org.cablearchive.cli;

/** A failure the user can fix: printed as one line, without a stack trace. */
final class UserError extends RuntimeException {
  final int exitCode;

  UserError(String message) {
    this(message, 2);
  }

  UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}
