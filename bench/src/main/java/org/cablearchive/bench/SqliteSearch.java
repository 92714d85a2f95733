package org.cablearchive.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers a query the way a SQLite user would: the matching cables into a temporary table (FTS5
 * MATCH joined with the SQL condition), their count, the first 20 by rank with FTS5 snippets (newest
 * first when there are no words), and facet counts with GROUP BY over origin, tag, classification
 * and year — the same page of results the archive computes.
 */
final class SqliteSearch implements QueryTiming.Answer {
  private static final String FACET_LIMIT = " ORDER BY n DESC LIMIT 10";
  private static final List<String> FACETS = List.of(
      "SELECT c.origin, count(*) n FROM hits h JOIN cables c ON c.cable = h.cable GROUP BY 1" + FACET_LIMIT,
      "SELECT t.tag, count(*) n FROM hits h JOIN cable_tags t ON t.cable = h.cable GROUP BY 1" + FACET_LIMIT,
      "SELECT c.classification, count(*) n FROM hits h JOIN cables c ON c.cable = h.cable GROUP BY 1" + FACET_LIMIT,
      "SELECT c.year, count(*) n FROM hits h JOIN cables c ON c.cable = h.cable GROUP BY 1" + FACET_LIMIT);

  private final Connection connection;

  SqliteSearch(Connection connection) throws SQLException {
    this.connection = connection;
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TEMP TABLE IF NOT EXISTS hits(cable INTEGER PRIMARY KEY, score REAL)");
    }
  }

  @Override
  public long total(BenchQuery q) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DELETE FROM hits");
    }
    execute("INSERT INTO hits " + matching(q, "c.cable, " + (q.match() == null ? "0" : "cable_text.rank")), q);
    long total = count();
    List<String> page = new ArrayList<>(20);
    String snippet = q.match() == null ? "''" : "snippet(cable_text, 1, '[', ']', '…', 12)";
    String order = q.match() == null ? " ORDER BY c.created DESC" : " ORDER BY cable_text.rank";
    try (PreparedStatement top = prepare(matching(q, "c.id, c.subject, " + snippet) + order + " LIMIT 20", q);
        ResultSet rs = top.executeQuery()) {
      while (rs.next()) {
        page.add(rs.getString(1) + rs.getString(3));
      }
    }
    for (String facet : FACETS) {
      try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(facet)) {
        while (rs.next()) {
          page.add(rs.getString(1));
        }
      }
    }
    return total;
  }

  /** {@code SELECT columns FROM …} the cables matching the query's words and condition. */
  static String matching(BenchQuery q, String columns) {
    String where = q.where() == null ? "" : " AND (" + q.where() + ")";
    if (q.match() == null) {
      return "SELECT " + columns + " FROM cables c WHERE 1 = 1" + where;
    }
    return "SELECT " + columns + " FROM cable_text JOIN cables c ON c.cable = cable_text.rowid WHERE cable_text MATCH ?" + where;
  }

  private void execute(String sql, BenchQuery q) throws SQLException {
    try (PreparedStatement p = prepare(sql, q)) {
      p.executeUpdate();
    }
  }

  private PreparedStatement prepare(String sql, BenchQuery q) throws SQLException {
    PreparedStatement p = connection.prepareStatement(sql);
    if (q.match() != null) {
      p.setString(1, q.match());
    }
    return p;
  }

  private long count() throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM hits")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
