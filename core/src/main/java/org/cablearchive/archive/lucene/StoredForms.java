package org.cablearchive.archive.lucene;

import org.cablearchive.model.Cable;

/**
 * Makes a cable's stored form: encoded ({@link CableCodec}), then compressed ({@link CableCompression}),
 * with the text hash taken from the encoded header and body. One per storing thread: it reuses its
 * encoding buffer and its compression context.
 */
final class StoredForms {
  private final CableCodec.Encoder encoder = new CableCodec.Encoder();
  private final CableCompression.Compressor compressor = CableCompression.SHIPPED.compressor();

  /** A cable ready to store: its compressed stored form and its text hash. */
  record Form(Cable cable, byte[] bytes, long textHash) {}

  Form of(Cable cable) {
    byte[] bytes = compressor.compress(encoder.encode(cable));
    return new Form(cable, bytes, encoder.textHash());
  }

  /** The cable a stored form holds. */
  static Cable cable(org.apache.lucene.util.BytesRef stored) throws java.io.IOException {
    byte[] bytes = CableCompression.SHIPPED.decompress(stored);
    return CableCodec.decode(bytes, 0, bytes.length);
  }
}
