package org.openconsultation.examples.lab;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error, redrawn in place with a carriage return: {@code
 * simulate [#########---------------] 3/8 2.4 s}. It is drawn only in mode {@link Mode#ALWAYS}, or
 * in mode {@link Mode#AFTER_A_SECOND} once the work has lasted a second, at most ten times a
 * second, and always at the last step; {@link #close()} ends the line if anything was drawn. The
 * clock and the printer are injected, so tests need no terminal and no waiting. Not thread-safe:
 * the loop that does the work advances it.
 */
final class Progress implements AutoCloseable {

  /** When the bar is drawn. */
  enum Mode {
    /** Never (standard error is not a terminal). */
    NEVER,
    /** Once the work has lasted a second (an interactive terminal). */
    AFTER_A_SECOND,
    /** From the start ({@code --progress}). */
    ALWAYS;

    /** Always if asked for, after a second on an interactive terminal, else never. */
    static Mode of(boolean asked, boolean interactive) {
      return asked ? ALWAYS : interactive ? AFTER_A_SECOND : NEVER;
    }
  }

  static final long DELAY_NANOS = 1_000_000_000L;
  static final long INTERVAL_NANOS = 100_000_000L;
  private static final int WIDTH = 24;

  private final String task;
  private final int total;
  private final Mode mode;
  private final LongSupplier nanoTime;
  private final PrintWriter out;
  private final long start;
  private int done;
  private long lastDrawn;
  private int lastLength;
  private boolean drawn;

  Progress(String task, int total, Mode mode, LongSupplier nanoTime, PrintWriter out) {
    if (total < 1) {
      throw new IllegalArgumentException("a progress bar needs at least one step");
    }
    this.task = task;
    this.total = total;
    this.mode = mode;
    this.nanoTime = nanoTime;
    this.out = out;
    this.start = nanoTime.getAsLong();
    if (mode == Mode.ALWAYS) {
      draw(start);
    }
  }

  /** One more step is done. */
  void step() {
    done = Math.min(total, done + 1);
    long now = nanoTime.getAsLong();
    boolean due = !drawn || done == total || now - lastDrawn >= INTERVAL_NANOS;
    boolean shown =
        mode == Mode.ALWAYS || (mode == Mode.AFTER_A_SECOND && now - start >= DELAY_NANOS);
    if (due && shown) {
      draw(now);
    }
  }

  /** Ends the line if the bar was drawn. */
  @Override
  public void close() {
    if (drawn) {
      out.println();
      out.flush();
    }
  }

  private void draw(long now) {
    int filled = (int) ((long) WIDTH * done / total);
    String line =
        String.format(
            Locale.ROOT,
            "%s [%s%s] %" + digits(total) + "d/%d  %.1f s",
            task,
            "#".repeat(filled),
            "-".repeat(WIDTH - filled),
            done,
            total,
            (now - start) / 1e9);
    String padding = " ".repeat(Math.max(0, lastLength - line.length()));
    out.print("\r" + line + padding);
    out.flush();
    lastLength = line.length();
    lastDrawn = now;
    drawn = true;
  }

  private static int digits(int n) {
    return Integer.toString(n).length();
  }
}
