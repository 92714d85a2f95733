package org.cablearchive.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Real file systems with real limits, made with {@code mount}: a small tmpfs for a full disk, a
 * read-only bind mount for a read-only folder (as root, permissions alone would not stop a write).
 * Where this process may not mount, the tests that need it are skipped — except under CI=true as
 * root, where mounting works and a skip would hide a regression.
 */
final class Mounts {
  private static Boolean available;

  private Mounts() {}

  /** Skips the calling test when mounting is impossible here; fails instead under CI=true as root. */
  static void assumeAvailable() throws Exception {
    boolean can = available();
    boolean ciAsRoot = "true".equals(System.getenv("CI")) && "root".equals(System.getProperty("user.name"));
    if (!can && ciAsRoot) {
      Assertions.fail("CI=true as root but 'mount -t tmpfs' fails: the full-disk and read-only tests cannot run");
    }
    Assumptions.assumeTrue(can, "this process cannot mount file systems (needs root on Linux); skipped");
  }

  private static synchronized boolean available() throws Exception {
    if (available == null) {
      Path probe = Files.createTempDirectory("cables-mount-probe");
      try {
        available = run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", probe.toString()).isEmpty()
            && run("umount", probe.toString()).isEmpty();
      } catch (IOException noMountCommand) {
        available = false;
      } finally {
        Files.deleteIfExists(probe);
      }
    }
    return available;
  }

  /** A tmpfs of {@code size} (e.g. {@code 2m}) at {@code dir}. */
  static void tmpfs(Path dir, String size) throws Exception {
    check(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString()), dir);
  }

  /** Changes a mounted tmpfs's size (its files stay). */
  static void resize(Path dir, String size) throws Exception {
    check(run("mount", "-o", "remount,size=" + size, dir.toString()), dir);
  }

  /** Makes {@code dir} read-only where it is, by bind-mounting it onto itself read-only. */
  static void readOnly(Path dir) throws Exception {
    check(run("mount", "--bind", dir.toString(), dir.toString()), dir);
    check(run("mount", "-o", "remount,ro,bind", dir.toString()), dir);
  }

  static void unmount(Path dir) throws Exception {
    check(run("umount", dir.toString()), dir);
  }

  private static void check(String failure, Path dir) {
    if (!failure.isEmpty()) {
      throw new IllegalStateException("mount at " + dir + " failed: " + failure);
    }
  }

  /** Runs a command; returns what it printed when it failed, else "". */
  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return String.join(" ", command) + ": timed out";
    }
    return p.exitValue() == 0 ? "" : String.join(" ", command) + ": " + (printed.isEmpty() ? "exit " + p.exitValue() : printed);
  }
}
