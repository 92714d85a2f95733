package org.cablearchive.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a file that is neither a regular file nor a folder is, in words, for the message that skips it. */
final class SpecialFile {
  private static final int TYPE = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  private SpecialFile() {}

  /** "a FIFO (named pipe)", "a socket", "a device", or "a special file" where the system does not say. */
  static String describe(Path file) {
    try {
      int mode = (Integer) Files.getAttribute(file, "unix:mode");
      return switch (mode & TYPE) {
        case FIFO -> "a FIFO (named pipe)";
        case SOCKET -> "a socket";
        case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }
}
