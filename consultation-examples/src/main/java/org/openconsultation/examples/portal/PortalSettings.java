package org.openconsultation.examples.portal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How to start a portal.
 *
 * @param host the address to listen on ({@code localhost} keeps the demo on this machine)
 * @param port the port, 0 for any free one
 * @param dataDirectory where the H2 database files and the manifest live
 * @param reset whether to delete the database and seed it again
 * @param seed what fills a new database
 * @param realClock the real time, which the demo clock follows once live
 */
public record PortalSettings(
    String host, int port, Path dataDirectory, boolean reset, PortalSeed seed, Clock realClock) {

  /** Checks the values. */
  public PortalSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(realClock, "realClock");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }
}
