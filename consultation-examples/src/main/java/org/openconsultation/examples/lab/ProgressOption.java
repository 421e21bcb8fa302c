package org.openconsultation.examples.lab;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The {@code --progress} option of the commands that loop, and their progress bars. */
final class ProgressOption {

  @Option(
      names = "--progress",
      description =
          "Show a progress bar on standard error from the start. Without this option, the bar"
              + " appears only on an interactive terminal, once the work has lasted a second.")
  boolean always;

  /** A progress bar of {@code total} steps on {@code err}, shown as this option says. */
  Progress start(String task, int total, PrintWriter err) {
    boolean interactive = System.console() != null;
    return new Progress(task, total, Progress.Mode.of(always, interactive), System::nanoTime, err);
  }
}
