package org.openconsultation.examples.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** A portal started in this JVM on a free port, with a fresh H2 database in a temp directory. */
public final class TestPortal {

  private TestPortal() {}

  /** Starts a portal on the small seed. */
  public static Portal start() {
    return start(temporaryDirectory(), false);
  }

  /** Starts a portal on the small seed with its data in {@code data}. */
  public static Portal start(Path data, boolean reset) {
    return Portal.start(
        new PortalSettings("localhost", 0, data, reset, new SmallSeed(), Clock.systemUTC()));
  }

  public static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("demo-portal-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
