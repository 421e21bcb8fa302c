package org.openconsultation.examples.portal;

import io.javalin.Javalin;
import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.model.PermalinkTemplate;
import org.openconsultation.examples.portal.web.PortalWeb;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running demo portal: the H2 database, the engine built once on it, and the web server. Tests
 * start one in the same JVM on a free port; {@link DemoPortal} starts one from the command line.
 */
public final class Portal implements AutoCloseable {

  /** The zone of the demo's story: mainland France. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  /** Where a contribution lives: the portal serves every permalink the engine writes. */
  public static final PermalinkTemplate PERMALINKS = PermalinkTemplate.of("/c/{slug}/{reference}");

  private static final Logger LOG = LoggerFactory.getLogger(Portal.class);

  private final PortalDatabase database;
  private final ConsultationEngine engine;
  private final SeededConsultation seeded;
  private final Javalin server;

  private Portal(
      PortalDatabase database,
      ConsultationEngine engine,
      SeededConsultation seeded,
      Javalin server) {
    this.database = database;
    this.engine = engine;
    this.seeded = seeded;
    this.server = server;
  }

  /**
   * Opens the database (seeding it when it is new or when a reset is asked), then serves the
   * portal. Returns once the server answers.
   */
  public static Portal start(PortalSettings settings) {
    PortalDatabase database = PortalDatabase.open(settings.dataDirectory(), settings.reset());
    try {
      PortalClock clock = PortalClock.startingAt(settings.realClock().instant(), ZONE);
      ConsultationEngine engine =
          ConsultationEngine.builder()
              .store(database.store())
              .clock(clock)
              .permalinks(PERMALINKS)
              .build();
      Optional<Manifest> known = Manifest.read(settings.dataDirectory());
      Manifest manifest;
      if (known.isPresent()) {
        manifest = known.get();
      } else {
        LOG.info(
            "Seeding the demo database in {} (first start only: up to a minute)",
            settings.dataDirectory().toAbsolutePath());
        SeededConsultation seeded = settings.seed().seed(engine, clock);
        manifest = new Manifest(seeded, settings.realClock().instant());
        manifest.write(settings.dataDirectory());
      }
      clock.live(manifest.seeded().liveFrom(), manifest.realStart(), settings.realClock());
      Javalin server = PortalWeb.create(engine, clock, manifest.seeded());
      server.start(settings.host(), settings.port());
      return new Portal(database, engine, manifest.seeded(), server);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The port the portal listens on. */
  public int port() {
    return server.port();
  }

  /** The portal's address on this machine, ending with a slash. */
  public URI uri() {
    return URI.create("http://localhost:" + port() + "/");
  }

  /** The engine behind the pages. */
  public ConsultationEngine engine() {
    return engine;
  }

  /** The consultation the portal shows and its demo people. */
  public SeededConsultation consultation() {
    return seeded;
  }

  /** Stops the server and closes the database. */
  @Override
  public void close() {
    try {
      server.stop();
    } finally {
      database.close();
    }
  }
}
