package org.cablearchive.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** What one file has unpacked so far, against its {@link UnpackLimits}. */
final class UnpackBudget {
  private final UnpackLimits limits;
  private long bytes;
  private long members;
  private long packed;

  UnpackBudget(UnpackLimits limits) {
    this.limits = limits;
  }

  /** The file's own bytes, counted as they are read: what the ratio is taken of. */
  InputStream packed(InputStream file) {
    return new FilterInputStream(file) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        packed += b >= 0 ? 1 : 0;
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        packed += Math.max(0, n);
        return n;
      }
    };
  }

  /** The stream, counting what is read from it against the limits on bytes and ratio. */
  InputStream counted(InputStream unpacked) {
    return new Counted(unpacked);
  }

  /** Counts one more archive member against the limit on members. */
  void member() {
    if (++members > limits.members()) {
      throw new Exceeded("it holds more than " + String.format("%,d", limits.members())
          + " archive members (counting those of archives inside it); the rest is skipped. Raise the limit with --max-archive-members if the file is genuine");
    }
  }

  private void add(long n) {
    bytes += n;
    if (bytes > limits.bytes()) {
      throw new Exceeded("it unpacks to more than " + String.format("%,d", limits.bytes())
          + " bytes (counting every level of archives inside it); the rest is skipped. Raise the limit with --max-unpacked-bytes if the file is genuine");
    }
    if (bytes > UnpackLimits.RATIO_FROM && bytes > limits.ratio() * Math.max(1, packed)) {
      throw new Exceeded("it unpacks to more than " + limits.ratio() + " times the " + String.format("%,d", packed)
          + " bytes read of it (counting every level of archives inside it); the rest is skipped. Raise the limit with --max-unpack-ratio if the file is genuine");
    }
  }

  /**
   * Thrown out of a read when a limit is reached. Unchecked, so that no reader takes it for a damaged
   * member and goes on with the next: it ends the whole file, which the walk then rejects once.
   */
  static final class Exceeded extends RuntimeException {
    Exceeded(String reason) {
      super(reason, null, false, false);
    }
  }

  private final class Counted extends FilterInputStream {
    Counted(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // skipped bytes are unpacked all the same: read them through the count
      return readAway(n);
    }

    private long readAway(long n) throws IOException {
      byte[] buffer = new byte[8192];
      long left = n;
      while (left > 0) {
        int read = read(buffer, 0, (int) Math.min(buffer.length, left));
        if (read < 0) {
          break;
        }
        left -= read;
      }
      return n - left;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
