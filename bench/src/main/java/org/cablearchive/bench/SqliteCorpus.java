package org.cablearchive.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.cablearchive.source.SourceDocument;

/**
 * The SQLite peer's database: a {@code cables} table (id, subject, origin, classification, created
 * as ISO text, year), a {@code cable_tags} table, and an FTS5 table over subject and header+body
 * with the default tokenizer — the setup the SQLite documentation suggests.
 */
final class SqliteCorpus {
  private static final DateTimeFormatter ISO_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(ZoneOffset.UTC);
  private static final int BATCH = 2_000;

  private SqliteCorpus() {}

  static Connection open(Path db) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
  }

  /** Loads every row of {@code csv} into a new database; returns the number of cables loaded. */
  static long load(Path csv, Path db) throws IOException, SQLException {
    try (Connection c = open(db)) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode = OFF");
        s.execute("PRAGMA synchronous = OFF");
        s.execute("CREATE TABLE cables(cable INTEGER PRIMARY KEY, id TEXT NOT NULL, subject TEXT, origin TEXT,"
            + " classification TEXT, created TEXT, year INTEGER)");
        s.execute("CREATE TABLE cable_tags(cable INTEGER NOT NULL, tag TEXT NOT NULL)");
        s.execute("CREATE VIRTUAL TABLE cable_text USING fts5(subject, body)");
      }
      c.setAutoCommit(false);
      long loaded = insertAll(c, csv);
      try (Statement s = c.createStatement()) {
        s.execute("CREATE INDEX cables_origin ON cables(origin)");
        s.execute("CREATE INDEX cables_classification ON cables(classification)");
        s.execute("CREATE INDEX cables_created ON cables(created)");
        s.execute("CREATE INDEX cable_tags_tag ON cable_tags(tag, cable)");
        s.execute("CREATE INDEX cable_tags_cable ON cable_tags(cable)");
      }
      c.commit();
      return loaded;
    }
  }

  private static long insertAll(Connection c, Path csv) throws IOException, SQLException {
    try (PreparedStatement cable = c.prepareStatement("INSERT INTO cables VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement tag = c.prepareStatement("INSERT INTO cable_tags VALUES (?, ?)");
        PreparedStatement text = c.prepareStatement("INSERT INTO cable_text(rowid, subject, body) VALUES (?, ?, ?)")) {
      long[] n = {0};
      SqlInsert insert = new SqlInsert(cable, tag, text);
      CablesCsv.read(csv, d -> insert.add(++n[0], d));
      insert.flush();
      if (insert.failure != null) {
        throw insert.failure;
      }
      return n[0];
    }
  }

  /** Batches the three inserts of each cable; keeps the first failure for the caller. */
  private static final class SqlInsert {
    private final PreparedStatement cable;
    private final PreparedStatement tag;
    private final PreparedStatement text;
    private int pending;
    SQLException failure;

    SqlInsert(PreparedStatement cable, PreparedStatement tag, PreparedStatement text) {
      this.cable = cable;
      this.tag = tag;
      this.text = text;
    }

    void add(long row, SourceDocument d) {
      if (failure != null) {
        return;
      }
      try {
        String subject = FrontLines.subject(d.body());
        cable.setLong(1, row);
        cable.setString(2, d.idAsPublished());
        cable.setString(3, subject);
        cable.setString(4, d.origin());
        cable.setString(5, d.classification() == null ? null : d.classification().label());
        cable.setString(6, d.created() == null ? null : ISO_MINUTE.format(d.created()));
        cable.setObject(7, d.created() == null ? null : d.created().atZone(ZoneOffset.UTC).getYear());
        cable.addBatch();
        for (String t : FrontLines.tags(d.body())) {
          tag.setLong(1, row);
          tag.setString(2, t);
          tag.addBatch();
        }
        text.setLong(1, row);
        text.setString(2, subject);
        text.setString(3, d.header() + "\n" + d.body());
        text.addBatch();
        if (++pending == BATCH) {
          flush();
        }
      } catch (SQLException e) {
        failure = e;
      }
    }

    void flush() throws SQLException {
      cable.executeBatch();
      tag.executeBatch();
      text.executeBatch();
      pending = 0;
    }
  }
}
