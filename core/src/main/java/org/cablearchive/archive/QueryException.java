package org.cablearchive.archive;

/** A query that cannot be run: a syntax error, an unknown field, or one too expensive. */
public class QueryException extends RuntimeException {
  private final int position;

  /**
   * @param message one short sentence for the user
   * @param position the 0-based character position in the query the message is about, or -1
   */
  public QueryException(String message, int position) {
    super(message);
    this.position = position;
  }

  public int position() {
    return position;
  }
}
