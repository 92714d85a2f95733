package org.cablearchive.archive.solr;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.common.SolrException;
import org.cablearchive.archive.QueryException;

/** Tells a query Solr refused (the user's to fix) from a cluster that failed (an I/O problem). */
final class QueryErrors {
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
  private static final Pattern PARSER_PREFIX = Pattern.compile("^.*?SyntaxError: ");

  private QueryErrors() {}

  /** Throws a {@link QueryException} for a bad request, or returns the IOException to throw. */
  static IOException translate(Exception e, String collection) {
    SolrException refused = refusal(e);
    if (refused != null && refused.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
      String message = firstLine(refused.getMessage());
      Matcher column = COLUMN.matcher(message);
      int position = column.find() ? Integer.parseInt(column.group(1)) - 1 : -1;
      throw new QueryException(PARSER_PREFIX.matcher(message).replaceFirst(""), position);
    }
    return new IOException("SolrCloud could not answer for collection " + collection + ": "
        + firstLine(String.valueOf(e.getMessage())), e);
  }

  private static SolrException refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SolrException solr) {
        return solr;
      }
    }
    return null;
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
