package org.cablearchive.archive.lucene;

import org.cablearchive.archive.Statement;
import org.cablearchive.model.Cable;

/**
 * Makes a cable's stored form: encoded ({@link CableCodec}), then compressed ({@link CableCompression}),
 * with the release's hash taken from the encoded header and body and the cable's statement ({@link TextHash}).
 * One per storing thread: it reuses its encoding buffer and its compression context, and lets go of buffers
 * a cable larger than any real one made grow (so that each storing thread does not keep tens of megabytes).
 */
final class StoredForms {
  /** Buffers kept between cables: the largest real cable is about 300 KB. */
  private static final int KEPT_BYTES = 4 << 20;
  private final CableCodec.Encoder encoder = new CableCodec.Encoder();
  private final CableCompression.Compressor compressor = CableCompression.SHIPPED.compressor();

  /**
   * A cable ready to store: its compressed stored form and its release's hash ({@link TextHash#release}),
   * which tells its text and statement apart from the other releases of its document.
   */
  record Form(Cable cable, byte[] bytes, long hash) {
    /** The hash of the cable's statement, stored beside the release's hash. */
    long statement() {
      return Statement.of(cable).hash();
    }
  }

  Form of(Cable cable) {
    byte[] bytes = compressor.compress(encoder.encode(cable));
    Form form = new Form(cable, bytes, TextHash.release(encoder.textHash(), Statement.of(cable)));
    encoder.shrinkTo(KEPT_BYTES);
    compressor.shrinkTo(KEPT_BYTES);
    return form;
  }

  /** The cable a stored form holds. */
  static Cable cable(org.apache.lucene.util.BytesRef stored) throws java.io.IOException {
    byte[] bytes = CableCompression.SHIPPED.decompress(stored);
    return CableCodec.decode(bytes, 0, bytes.length);
  }
}
