package org.cablearchive.source;

import java.io.FilterInputStream;
import java.io.InputStream;

/** One member of an archive: readers may close it without closing the archive around it. */
final class ArchiveMemberStream extends FilterInputStream {
  ArchiveMemberStream(InputStream archive) {
    super(archive);
  }

  @Override
  public void close() {
    // the archive stays open for its next member
  }
}
