package org.cablearchive.source;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.cablearchive.model.SourceFormat;

/**
 * Reads cables from wherever they are: a file in any of the formats, a directory (walked in sorted
 * order), a .tar.xz, .tar.gz/.tgz or .zip archive (read member by member, never unpacked to disk; a
 * member is named {@code archive.tar.xz!/cable/2009/10/X.html}), a compressed single file
 * ({@code cables.csv.xz}) or standard input ({@code -}).
 *
 * <p>Each file's format is detected from its first kilobyte and its name unless one is given. Nothing
 * here throws for bad input: what cannot be read becomes a {@link Rejection} naming the file and why,
 * and reading goes on with the next file.
 */
public final class Sources {
  /** The path that stands for standard input. */
  public static final String STDIN = "-";

  private Sources() {}

  /**
   * Reads every cable under {@code path} (a file, a directory, an archive, or {@code -} for standard input).
   * In directories and archives only files with a cable or archive extension are read (.html, .htm, .csv,
   * .txt, .json, .jsonl, .ndjson, .tar, .tgz, .zip, .xz, .gz); hidden files are skipped. A file named
   * directly is read whatever its name.
   *
   * @param format the format of every file, or empty to detect each file's
   */
  public static void read(Path path, Optional<SourceFormat> format, Consumer<? super SourceItem> sink) {
    read(path, format, UnpackLimits.DEFAULT, sink);
  }

  /**
   * Reads every cable under {@code path} as {@link #read(Path, Optional, Consumer)} does. Only regular files
   * are read: a FIFO, socket or device, and a symbolic link to a folder met in a folder, are rejected as
   * skipped.
   *
   * @param limits how far each file may unpack (archives and compressed files)
   */
  public static void read(Path path, Optional<SourceFormat> format, UnpackLimits limits,
      Consumer<? super SourceItem> sink) {
    if (path.toString().equals(STDIN)) {
      new SourceWalk(format, limits, sink).input(System.in, "stdin");
    } else {
      new SourceWalk(format, limits, sink).path(path);
    }
  }

  /**
   * Reads every cable of one stream, which may be compressed or an archive.
   *
   * @param name the name locations give it, e.g. {@code stdin}
   */
  public static void read(InputStream in, String name, Optional<SourceFormat> format,
      Consumer<? super SourceItem> sink) {
    read(in, name, format, UnpackLimits.DEFAULT, sink);
  }

  /**
   * Reads every cable of one stream as {@link #read(InputStream, String, Optional, Consumer)} does.
   *
   * @param limits how far the stream may unpack
   */
  public static void read(InputStream in, String name, Optional<SourceFormat> format, UnpackLimits limits,
      Consumer<? super SourceItem> sink) {
    new SourceWalk(format, limits, sink).input(in, name);
  }

  /** The reader for one format. */
  public static CableReader reader(SourceFormat format) {
    return switch (format) {
      case HTML -> new CablePageReader();
      case PAGE_TEXT -> new PageTextReader();
      case CSV -> new CsvReader();
      case TELEGRAM -> new TelegramTextReader();
      case JSONL -> new JsonLinesReader();
    };
  }
}
