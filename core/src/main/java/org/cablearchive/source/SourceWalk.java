package org.cablearchive.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;

/**
 * One walk over files, directories and archives, handing every cable and rejection to the sink. What
 * cannot be read (a missing file, a damaged archive, a permission refused) becomes a rejection naming
 * it, and the walk goes on.
 */
final class SourceWalk {
  /** Archives inside archives are read up to this depth (cable-pages.tar.xz is 2: xz, then tar). */
  private static final int MAX_DEPTH = 6;
  private static final int HEAD_BYTES = Math.max(FormatSniffer.HEAD_BYTES, 512);
  private static final byte[] XZ = {(byte) 0xFD, '7', 'z', 'X', 'Z', 0};
  private static final byte[] GZIP = {0x1F, (byte) 0x8B};
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
  private static final byte[] TAR = {'u', 's', 't', 'a', 'r'};
  private static final int TAR_MAGIC_OFFSET = 257;

  private final Optional<SourceFormat> format;
  private final Consumer<? super SourceItem> sink;

  SourceWalk(Optional<SourceFormat> format, Consumer<? super SourceItem> sink) {
    this.format = format;
    this.sink = sink;
  }

  void path(Path path) {
    if (Files.isDirectory(path)) {
      directory(path);
    } else {
      file(path);
    }
  }

  private void directory(Path dir) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
      listing.forEach(entries::add);
    } catch (IOException e) {
      reject(dir.toString(), "cannot list the directory: " + describe(e));
      return;
    }
    entries.sort(null);
    for (Path entry : entries) {
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        if (!entry.getFileName().toString().startsWith(".")) {
          directory(entry);
        }
      } else if (FormatSniffer.isCableFile(entry.getFileName().toString())) {
        file(entry);
      }
    }
  }

  private void file(Path file) {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      stream(in, name, 0);
    } catch (IOException e) {
      reject(name, "cannot read: " + describe(e));
    }
  }

  /** Reads a stream that is not a file (standard input) as if it were one. */
  void input(InputStream in, String name) {
    try {
      stream(in, name, 0);
    } catch (IOException e) {
      reject(name, "cannot read: " + describe(e));
    }
  }

  /** Reads one stream: a compressed file, an archive, or a file in one of the cable formats. */
  private void stream(InputStream in, String name, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      reject(name, "archives nested more than " + MAX_DEPTH + " deep");
      return;
    }
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    byte[] head = peek(buffered);
    if (startsWith(head, 0, XZ)) {
      try (InputStream xz = new XZCompressorInputStream(buffered)) {
        stream(xz, name, depth + 1);
      }
    } else if (startsWith(head, 0, GZIP)) {
      try (InputStream gzip = new GzipCompressorInputStream(buffered, true)) {
        stream(gzip, name, depth + 1);
      }
    } else if (startsWith(head, 0, ZIP) || startsWith(head, 0, EMPTY_ZIP)) {
      archive(new ZipArchiveInputStream(buffered), name, depth);
    } else if (startsWith(head, TAR_MAGIC_OFFSET, TAR)) {
      archive(new TarArchiveInputStream(buffered), name, depth);
    } else if (head.length == 0) {
      reject(name, "the file is empty");
    } else {
      SourceFormat chosen = format.orElseGet(() -> FormatSniffer.detect(name, Arrays.copyOf(head,
          Math.min(head.length, FormatSniffer.HEAD_BYTES))));
      Sources.reader(chosen).read(buffered, name, sink);
    }
  }

  private void archive(ArchiveInputStream<?> members, String name, int depth) throws IOException {
    for (ArchiveEntry entry = next(members); entry != null; entry = next(members)) {
      String member = name + "!/" + entry.getName();
      if (entry.isDirectory() || (entry instanceof TarArchiveEntry tar && !tar.isFile())
          || !FormatSniffer.isCableFile(entry.getName())) {
        continue;
      }
      if (!members.canReadEntryData(entry)) {
        reject(member, "cannot read: the member is encrypted or compressed in an unsupported way");
        continue;
      }
      try {
        stream(new ArchiveMemberStream(members), member, depth + 1);
      } catch (IOException e) {
        reject(member, "cannot read: " + describe(e) + "; the rest of the archive is skipped");
        return;
      }
    }
  }

  /**
   * The next member. commons-compress opens a Zstandard-compressed zip member with an optional library
   * the product does not ship, which fails with a missing class rather than an I/O error.
   */
  private static ArchiveEntry next(ArchiveInputStream<?> members) throws IOException {
    try {
      return members.getNextEntry();
    } catch (LinkageError e) {
      throw new IOException("a member is compressed with a method this product cannot read");
    }
  }

  private void reject(String name, String reason) {
    sink.accept(new Rejection(new SourceLocation(format.orElseGet(() -> FormatSniffer.byName(name)), name, 1),
        reason, ""));
  }

  private static byte[] peek(BufferedInputStream in) throws IOException {
    in.mark(HEAD_BYTES);
    byte[] head = in.readNBytes(HEAD_BYTES);
    in.reset();
    return head;
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
    if (bytes.length < offset + magic.length) {
      return false;
    }
    return Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
  }

  /** One line saying what went wrong, without the stack trace or the Java class names of exceptions. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof EOFException || e.getMessage() == null) {
      return "the data ends unexpectedly";
    }
    String message = e.getMessage().strip();
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
