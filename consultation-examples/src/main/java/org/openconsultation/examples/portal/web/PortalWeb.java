package org.openconsultation.examples.portal.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.examples.portal.SeededConsultation;
import org.openconsultation.examples.portal.identity.DemoSignIn;

/** The portal's web application: every route, on an engine and its seeded consultation. */
public final class PortalWeb {

  private PortalWeb() {}

  /**
   * A Javalin application serving the portal; start it with {@code start(host, port)}. The clock is
   * the engine's: news published later than it shows are not shown yet.
   */
  public static Javalin create(ConsultationEngine engine, Clock clock, SeededConsultation demo) {
    Site site =
        new Site(
            engine,
            clock,
            demo,
            new DemoSignIn(engine, demo),
            new Sessions(),
            new Visitors(),
            new Renderer());
    byte[] css = asset("portal.css");
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.startupWatcherEnabled = false;
              config.http.maxRequestSize = 1_000_000L;
              // Workshop files: at most 2,000 rows, well under 2 MB; kept in memory.
              config.jetty.multipartConfig.maxFileSize(2, SizeUnit.MB);
              config.jetty.multipartConfig.maxTotalRequestSize(2, SizeUnit.MB);
              config.jetty.multipartConfig.maxInMemoryFileSize(2, SizeUnit.MB);
            });
    Security.install(app, site);
    app.get("/health", ctx -> ctx.contentType("text/plain; charset=utf-8").result("ok"));
    app.get(
        "/assets/portal.css",
        ctx -> {
          ctx.header("Cache-Control", "public, max-age=3600");
          ctx.contentType("text/css; charset=utf-8").result(css);
        });
    app.get("/", ctx -> ctx.redirect("/c/" + demo.slug(), HttpStatus.FOUND));
    SignInPages.install(app, site);
    Routes.install(app, site);
    ErrorPages.install(app, site);
    return app;
  }

  private static byte[] asset(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            PortalWeb.class.getResourceAsStream("/org/openconsultation/examples/portal/" + name),
            name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
