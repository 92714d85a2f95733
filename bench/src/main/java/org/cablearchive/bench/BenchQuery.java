package org.cablearchive.bench;

/**
 * One query of the mix, as each system is asked it.
 *
 * @param kind word, phrase, field, date, tags, prefix or boolean
 * @param archive the query in the archive's syntax
 * @param match the SQLite FTS5 MATCH expression, or null when the question has no text part
 * @param where the SQL condition on {@code cables c}, or null
 * @param grep the fixed string grep looks for, or null when grep cannot answer it
 */
public record BenchQuery(String kind, String archive, String match, String where, String grep) {}
