package org.cablearchive.source.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** One way of damaging an input, as real files get damaged: cut short, overwritten, re-encoded. */
enum Mutation {
  TRUNCATE {
    @Override
    byte[] apply(byte[] in, Random random) {
      return Arrays.copyOf(in, random.nextInt(in.length + 1));
    }
  },
  GARBAGE {
    @Override
    byte[] apply(byte[] in, Random random) {
      byte[] garbage = new byte[1 + random.nextInt(64)];
      random.nextBytes(garbage);
      return splice(in, random.nextInt(in.length + 1), 0, garbage);
    }
  },
  OVERWRITE {
    @Override
    byte[] apply(byte[] in, Random random) {
      byte[] out = in.clone();
      for (int i = 0, n = 1 + random.nextInt(16); i < n && out.length > 0; i++) {
        out[random.nextInt(out.length)] = (byte) random.nextInt(256);
      }
      return out;
    }
  },
  DELETE_SLICE {
    @Override
    byte[] apply(byte[] in, Random random) {
      int from = random.nextInt(in.length + 1);
      int length = random.nextInt(Math.max(1, (in.length - from) / 2) + 1);
      return splice(in, from, Math.min(length, in.length - from), new byte[0]);
    }
  },
  DUPLICATE_SLICE {
    @Override
    byte[] apply(byte[] in, Random random) {
      int from = random.nextInt(in.length + 1);
      int to = from + random.nextInt(Math.min(4096, in.length - from) + 1);
      return splice(in, random.nextInt(in.length + 1), 0, Arrays.copyOfRange(in, from, to));
    }
  },
  HUGE_LINE {
    @Override
    byte[] apply(byte[] in, Random random) {
      byte[] line = new byte[66_000 + random.nextInt(30_000)];
      Arrays.fill(line, (byte) "X\"\\ ,{<".charAt(random.nextInt(7)));
      return splice(in, random.nextInt(in.length + 1), 0, line);
    }
  },
  LATIN_1 {
    @Override
    byte[] apply(byte[] in, Random random) {
      return reencode(in, StandardCharsets.ISO_8859_1);
    }
  },
  UTF_16 {
    @Override
    byte[] apply(byte[] in, Random random) {
      Charset[] charsets = {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE};
      return reencode(in, charsets[random.nextInt(charsets.length)]);
    }
  },
  NULS {
    @Override
    byte[] apply(byte[] in, Random random) {
      byte[] out = in;
      for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
        out = splice(out, random.nextInt(out.length + 1), 0, new byte[1 + random.nextInt(4)]);
      }
      return out;
    }
  },
  UNBALANCED_QUOTES {
    @Override
    byte[] apply(byte[] in, Random random) {
      byte[] out = in;
      for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
        String[] pieces = {"\"", "\\", "\\\"", "\"\"", "\",\"", "{", "}", "<", ">", "&#x000A;"};
        byte[] piece = pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(out.length + 1);
        out = random.nextBoolean() || out.length == 0 ? splice(out, at, 0, piece)
            : splice(out, Math.min(at, out.length - 1), 1, new byte[0]);
      }
      return out;
    }
  },
  LINE_ENDS {
    @Override
    byte[] apply(byte[] in, Random random) {
      String[] ends = {"\r\n", "\r", "", "\n\n"};
      String end = ends[random.nextInt(ends.length)];
      ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + in.length / 16);
      for (byte b : in) {
        if (b == '\n' && random.nextInt(4) == 0) {
          out.writeBytes(end.getBytes(StandardCharsets.US_ASCII));
        } else {
          out.write(b);
        }
      }
      return out.toByteArray();
    }
  };

  abstract byte[] apply(byte[] in, Random random);

  private static byte[] splice(byte[] in, int at, int removed, byte[] inserted) {
    byte[] out = new byte[in.length - removed + inserted.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(inserted, 0, out, at, inserted.length);
    System.arraycopy(in, at + removed, out, at + inserted.length, in.length - at - removed);
    return out;
  }

  private static byte[] reencode(byte[] in, Charset charset) {
    return new String(in, StandardCharsets.UTF_8).getBytes(charset);
  }
}
