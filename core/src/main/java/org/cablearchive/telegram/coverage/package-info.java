/**
 * The parser's coverage report (docs/parser-coverage.md): runs the page reader and the telegram parser
 * over real cable pages and cables.csv, compares each parsed cable with what its page shows (read
 * independently with jsoup), counts fields and problems, and measures throughput in CPU time.
 *
 * <p>A tool for developers, not part of the import: nothing in the product depends on it.
 */
package org.cablearchive.telegram.coverage;
