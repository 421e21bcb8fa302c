package org.openconsultation.examples.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openconsultation.examples.portal.Portal;
import org.openconsultation.examples.portal.PortalSettings;
import org.openconsultation.examples.portal.StorySeed;
import org.openconsultation.examples.portal.TestPortal;

/**
 * The tour's pictures: every main page, as its user sees it, captured in a 1280×900 window. By
 * default they are taken on the small test consultation into a temporary directory; with {@code
 * -Dportal.screenshots.write=true} they are taken on the demo's own story, its clock stopped at the
 * live demo's start (9 March 2017, 10:00 in Paris), into {@code docs/images/} for {@code
 * docs/demo.md}:
 *
 * <pre>{@code
 * ./mvnw -q -pl consultation-examples test -Dtest=ScreenshotsBrowserTest \
 *     -Dportal.screenshots.write=true
 * }</pre>
 */
class ScreenshotsBrowserTest {

  private static final boolean WRITE = Boolean.getBoolean("portal.screenshots.write");

  @TempDir Path pictures;

  @Test
  void everyPageOfTheTourIsCapturedAt1280By900() throws IOException {
    Browser.assumeAvailable();
    Path out = WRITE ? Path.of("..", "docs", "images") : pictures;
    try (Portal portal = WRITE ? story() : TestPortal.start();
        Browser browser = Browser.open(portal.uri())) {
      List<Path> files = new Screenshots(portal, browser).takeAll(out);

      assertThat(files)
          .extracting(f -> f.getFileName().toString())
          .containsExactlyElementsOf(
              Screenshots.NAMES.stream().map(n -> "portal-" + n + ".png").toList());
      for (Path file : files) {
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("%s is a PNG", file).isNotNull();
        assertThat(image.getWidth()).isEqualTo(Screenshots.WINDOW.getWidth());
        assertThat(image.getHeight()).isEqualTo(Screenshots.WINDOW.getHeight());
      }
    }
  }

  /** The demo's story on a fresh database, its clock stopped at the live demo's start. */
  private static Portal story() {
    Clock stopped = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
    return Portal.start(
        new PortalSettings(
            "localhost", 0, TestPortal.temporaryDirectory(), false, new StorySeed(), stopped));
  }
}
