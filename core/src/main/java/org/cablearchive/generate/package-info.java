/**
 * A synthetic cables.csv at the scale of the full release, for benchmarks and load tests.
 *
 * <p>The real release cannot be shipped, so {@link org.cablearchive.generate.CorpusGenerator}
 * composes one from what the project may carry: the 251,287 real reference IDs with their month
 * (so stations and years follow the release), origins and routing indicators per station, real
 * paragraphs, subjects, tags, handling lines and signers taken from the 6,712-cable sample, and the
 * sample's body-length distribution. The data lives in {@code resources/org/cablearchive/generate}
 * and is derived by {@code bench/tools/derive-generator-data.py}. Output is a pure function of
 * (cable count, seed).
 *
 * <p>Writes text only: depends on the model's {@code Classification} and the JDK, never on the
 * parser, the archive or a library.
 */
package org.cablearchive.generate;
