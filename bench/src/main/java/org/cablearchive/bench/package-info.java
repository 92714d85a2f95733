/**
 * The benchmark harness behind {@code bench/run}: the archive's query latencies in process, and the
 * peers it is compared with on the same data and the same queries — SQLite FTS5 (what a user would
 * reach for), a bare Lucene index (the near-limit import) and grep (brute force). Each main class
 * writes one JSON file; {@link org.cablearchive.bench.BenchReport} turns a run's files into the
 * table and the ratios.
 *
 * <p>Uses the archive only through {@code Archive} and {@code LuceneArchive.open}, and reads cables.csv
 * with the archive's own {@code CsvReader}; nothing in the product depends on this module.
 * {@link org.cablearchive.bench.CompareBuilds} loads two builds of the archive side by side, to time
 * a change against the code before it at the same moment.
 */
package org.cablearchive.bench;
