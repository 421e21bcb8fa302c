package org.openconsultation.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The caller's input copied to a temporary file, deleted on close: the import reads it as often as
 * it needs (a store may run a failed transaction again, and a ZIP is read entry by entry in the
 * order tables depend on each other, whatever the order of the archive), in constant memory.
 */
final class ImportSpool implements AutoCloseable {

  private final Path file;

  private ImportSpool(Path file) {
    this.file = file;
  }

  /** Copies {@code in} to a new temporary file; does not close {@code in}. */
  static ImportSpool copy(InputStream in) {
    Path file;
    try {
      file = Files.createTempFile("openconsultation-import-", ".tmp");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImportSpool spool = new ImportSpool(file);
    try {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return spool;
    } catch (IOException | RuntimeException e) {
      spool.close();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  /** The copy. */
  Path file() {
    return file;
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
