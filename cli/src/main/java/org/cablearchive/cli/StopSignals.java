package org.cablearchive.cli;

import java.util.OptionalInt;
import java.util.function.IntConsumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and SIGTERM while the meaning model may be running. ONNX Runtime releases its native
 * environment in a shutdown hook of its own, so a JVM that begins its shutdown while a model run is on
 * crashes (SIGSEGV in libonnxruntime; found by DemoStopTest). The first signal therefore asks the work
 * to end after the batch it is on, and the JVM exits only after that; a second one stops the process at
 * once, without shutdown hooks, leaving the archive as of its last commit.
 */
final class StopSignals implements AutoCloseable {
  private static final Signal INT = new Signal("INT");
  private static final Signal TERM = new Signal("TERM");

  private final SignalHandler previousInt;
  private final SignalHandler previousTerm;
  private volatile int received;

  /**
   * @param onFirst given the exit status the JVM would have had (128 + the signal's number); runs on the
   *     JVM's signal thread
   */
  private StopSignals(IntConsumer onFirst) {
    SignalHandler handler = signal -> {
      int status = 128 + signal.getNumber();
      if (received != 0) {
        Runtime.getRuntime().halt(status);
      }
      received = status;
      onFirst.accept(status);
    };
    previousInt = Signal.handle(INT, handler);
    previousTerm = Signal.handle(TERM, handler);
  }

  /** Handles the two signals until {@link #close}. */
  static StopSignals handle(IntConsumer onFirst) {
    return new StopSignals(onFirst);
  }

  /** The exit status of the signal that came, if one did. */
  OptionalInt received() {
    return received == 0 ? OptionalInt.empty() : OptionalInt.of(received);
  }

  /** Gives the signals back to whoever handled them before (the JVM's shutdown, by default). */
  @Override
  public void close() {
    Signal.handle(INT, previousInt);
    Signal.handle(TERM, previousTerm);
  }
}
