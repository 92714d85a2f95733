package org.cablearchive.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cablearchive.model.SourceLocation;

/**
 * Keeps what could not be imported, one text file per rejected item: where it was read, why it
 * was rejected, and the raw text, so that nothing read is lost. Files are named by the hash of
 * their content, so importing the same input again writes nothing new.
 */
final class RejectFolder {
  private final Path dir;

  RejectFolder(Path dir) {
    this.dir = dir;
  }

  /** Writes the reject (atomically: a killed import leaves no half file under the final name). */
  void keep(SourceLocation location, String reason, String raw) throws IOException {
    String content = "source: " + (location == null ? "unknown" : location) + "\nreason: " + reason + "\n\n" + raw;
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve(sha256(bytes).substring(0, 32) + ".txt");
    if (Files.exists(file)) {
      return;
    }
    Files.createDirectories(dir);
    Path partial = dir.resolve(file.getFileName() + "." + Thread.currentThread().getId() + ".partial");
    Files.write(partial, bytes);
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
