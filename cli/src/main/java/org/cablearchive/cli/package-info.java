/**
 * The command line: the one place that wires implementations together — source readers, the
 * telegram parser, an archive (embedded Lucene or SolrCloud), the import pipeline and the reading
 * room. Each subcommand is a small picocli class; JSON output goes through the model's JSON codec.
 */
package org.cablearchive.cli;
