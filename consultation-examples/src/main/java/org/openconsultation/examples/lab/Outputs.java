package org.openconsultation.examples.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The lab's output files: UTF-8 text, their folder created if needed. */
final class Outputs {

  private Outputs() {}

  /**
   * Writes {@code text} to {@code file}, replacing it; an {@link UncheckedIOException} wraps the
   * failure (shown as bad input: the path cannot be written).
   */
  static void write(Path file, String text) {
    try {
      Path folder = file.toAbsolutePath().getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
