package org.cablearchive.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
  private final UnpackLimits limits;
  private final Consumer<? super SourceItem> sink;

  SourceWalk(Optional<SourceFormat> format, UnpackLimits limits, Consumer<? super SourceItem> sink) {
    this.format = format;
    this.limits = limits;
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
      String entryName = entry.getFileName().toString();
      if (entryName.startsWith(".")) {
        continue;
      }
      BasicFileAttributes kind;
      try {
        kind = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        reject(entry.toString(), "cannot read: " + describe(e));
        continue;
      }
      if (kind.isDirectory()) {
        directory(entry);
      } else if (kind.isSymbolicLink() && Files.isDirectory(entry)) {
        // a link may lead back into the walk, or out of the folder the user named
        reject(entry.toString(), "skipped: a symbolic link to a folder is not followed; name the folder itself to import it");
      } else if (kind.isOther()) {
        reject(entry.toString(), "skipped: " + SpecialFile.describe(entry) + ", not a regular file");
      } else if (FormatSniffer.isCableFile(entryName)) {
        file(entry);
      }
    }
  }

  /** Reads a regular file (a symbolic link to one included); anything else would block or never end. */
  private void file(Path file) {
    String name = file.toString();
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      reject(name, "skipped: " + SpecialFile.describe(file)
          + ", not a regular file; only regular files are read (give - to read standard input)");
      return;
    }
    UnpackBudget budget = new UnpackBudget(limits);
    try (InputStream in = Files.newInputStream(file)) {
      stream(budget.packed(in), name, 0, budget);
    } catch (IOException e) {
      reject(name, "cannot read: " + describe(e));
    } catch (UnpackBudget.Exceeded e) {
      reject(name, "stopped: " + e.getMessage());
    }
  }

  /** Reads a stream that is not a file (standard input) as if it were one. */
  void input(InputStream in, String name) {
    UnpackBudget budget = new UnpackBudget(limits);
    try {
      stream(budget.packed(in), name, 0, budget);
    } catch (IOException e) {
      reject(name, "cannot read: " + describe(e));
    } catch (UnpackBudget.Exceeded e) {
      reject(name, "stopped: " + e.getMessage());
    }
  }

  /** Reads one stream: a compressed file, an archive, or a file in one of the cable formats. */
  private void stream(InputStream in, String name, int depth, UnpackBudget budget) throws IOException {
    if (depth > MAX_DEPTH) {
      reject(name, "archives nested more than " + MAX_DEPTH + " deep");
      return;
    }
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    byte[] head = peek(buffered);
    if (startsWith(head, 0, XZ)) {
      try (InputStream xz = new XZCompressorInputStream(buffered)) {
        stream(budget.counted(xz), name, depth + 1, budget);
      }
    } else if (startsWith(head, 0, GZIP)) {
      try (InputStream gzip = new GzipCompressorInputStream(buffered, true)) {
        stream(budget.counted(gzip), name, depth + 1, budget);
      }
    } else if (startsWith(head, 0, ZIP) || startsWith(head, 0, EMPTY_ZIP)) {
      archive(new ZipArchiveInputStream(buffered), true, name, depth, budget);
    } else if (startsWith(head, TAR_MAGIC_OFFSET, TAR)) {
      archive(new TarArchiveInputStream(buffered), false, name, depth, budget);
    } else if (head.length == 0) {
      reject(name, "the file is empty");
    } else {
      SourceFormat chosen = format.orElseGet(() -> FormatSniffer.detect(name, Arrays.copyOf(head,
          Math.min(head.length, FormatSniffer.HEAD_BYTES))));
      Sources.reader(chosen).read(buffered, name, sink);
    }
  }

  /**
   * Reads an archive's members. A zip member is unpacked (inflated) even when skipped, so its bytes are
   * counted, skipped or read; a tar's bytes were counted by the compressed stream around it, if any.
   */
  private void archive(ArchiveInputStream<?> members, boolean unpacks, String name, int depth, UnpackBudget budget)
      throws IOException {
    for (ArchiveEntry entry = next(members); entry != null; entry = next(members)) {
      budget.member();
      String member = name + "!/" + entry.getName();
      InputStream data = unpacks ? budget.counted(new ArchiveMemberStream(members)) : new ArchiveMemberStream(members);
      if (entry.isDirectory() || (entry instanceof TarArchiveEntry tar && !tar.isFile())
          || !FormatSniffer.isCableFile(entry.getName())) {
        drain(data, unpacks, members, entry);
        continue;
      }
      if (!members.canReadEntryData(entry)) {
        reject(member, "cannot read: the member is encrypted or compressed in an unsupported way");
        continue;
      }
      try {
        stream(data, member, depth + 1, budget);
        drain(data, unpacks, members, entry);
      } catch (IOException e) {
        reject(member, "cannot read: " + describe(e) + "; the rest of the archive is skipped");
        return;
      }
    }
  }

  /** Reads the rest of a zip member through its count; the archive would unpack it uncounted otherwise. */
  private static void drain(InputStream data, boolean unpacks, ArchiveInputStream<?> members, ArchiveEntry entry)
      throws IOException {
    if (unpacks && members.canReadEntryData(entry)) {
      data.transferTo(OutputStream.nullOutputStream());
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
