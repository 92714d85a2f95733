package org.cablearchive.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cablearchive.cli.CablesCommand;
import picocli.CommandLine;

/**
 * One run of the real {@code cables} command line with what it printed: either in this JVM (quick,
 * for reading an archive) or as a separate JVM started exactly as the launcher would, which is
 * what an import must be to be killed with SIGKILL.
 */
record CommandRun(int exitCode, String out, String err) {

  /** Runs {@code cables args...} in this JVM. */
  static synchronized CommandRun inProcess(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      CommandLine cl = CablesCommand.commandLine();
      cl.setOut(new PrintWriter(o, true));
      cl.setErr(new PrintWriter(e, true));
      int code = cl.execute(args);
      return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  /** Starts {@code cables args...} as a separate JVM; its stdout and stderr go to {@code log}. */
  static Process start(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m",
        "-cp", System.getProperty("java.class.path"),
        CablesCommand.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
  }

  /**
   * Waits for {@code cables serve}, started with {@link #start}, to say where it listens; fails if it
   * ends first (or has not said so after {@code limit}, a guard against a hang).
   */
  static int servingPort(Process serve, Path log, Duration limit) throws IOException, InterruptedException {
    java.util.regex.Pattern serving = java.util.regex.Pattern.compile("at http://[^:]+:(\\d+)/");
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      java.util.regex.Matcher m = serving.matcher(Files.readString(log));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      if (!serve.isAlive()) {
        throw new AssertionError("cables serve ended: " + Files.readString(log));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("cables serve did not start within " + limit + ": " + Files.readString(log));
  }

  /** Runs {@code cables args...} as a separate JVM to its end (killing it past {@code limit}). */
  static CommandRun separate(Duration limit, String... args) throws IOException, InterruptedException {
    Path log = Files.createTempFile("cables-run", ".log");
    try {
      Process process = start(log, args);
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("cables " + String.join(" ", args) + " still ran after " + limit + ":\n" + Files.readString(log));
      }
      String printed = Files.readString(log);
      return new CommandRun(process.exitValue(), printed, printed);
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
