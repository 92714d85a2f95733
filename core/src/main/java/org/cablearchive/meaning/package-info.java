/**
 * What cables mean: a small sentence-embedding model (all-MiniLM-L6-v2, quantized, run in this JVM by
 * ONNX Runtime from the model files of a Maven artifact, nothing downloaded) turns a cable's subject,
 * summary and opening paragraphs, or a query's words, into vectors that lie close when the texts mean
 * nearly the same. {@link org.cablearchive.meaning.MiniLmMeaning} is the archive's
 * {@link org.cablearchive.archive.MeaningModel}; the command line hands it to the archive.
 *
 * <p>Depends on the model and the archive's interface only; knows nothing of Lucene or Solr.
 */
package org.cablearchive.meaning;
