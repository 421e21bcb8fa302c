package org.openconsultation.examples.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openconsultation.core.model.Actor;
import org.openconsultation.examples.portal.Portal;
import org.openconsultation.examples.portal.SmallSeed;
import org.openconsultation.examples.portal.TestPortal;
import org.openconsultation.examples.seed.DemoPerson;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every main page of the portal, as the person who uses it sees it, audited with axe-core: no
 * serious or critical violation. The audit runs through WebDriver, which the portal's
 * Content-Security-Policy does not govern, while the page's own scripts stay blocked. Skipped,
 * saying why, without Chromium or without axe-core.
 */
class AccessibilityBrowserTest {

  private static Portal portal;
  private static Browser browser;
  private static Optional<AxeCheck> axe = Optional.empty();

  @BeforeAll
  static void start() {
    axe = AxeCheck.load();
    if (!Browser.available() || axe.isEmpty()) {
      return; // each test then says why it is skipped
    }
    portal = TestPortal.start();
    browser = Browser.open(portal.uri(), List.of(new StructureCheck()));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (portal != null) {
      portal.close();
    }
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("home", null, ""),
        Arguments.of("home in English", null, "/c/" + SmallSeed.SLUG + "?lang=en"),
        Arguments.of("themes", null, "themes"),
        Arguments.of("contributions", null, "contributions"),
        Arguments.of("a contribution", SmallSeed.ALICE, "C-1"),
        Arguments.of("workshops", null, "workshops"),
        Arguments.of("a workshop", SmallSeed.FACILITATOR, "workshops/{workshop}"),
        Arguments.of("map", null, "map"),
        Arguments.of("dashboard", null, "dashboard"),
        Arguments.of("open data", null, "data"),
        Arguments.of("synthesis", null, "synthesis"),
        Arguments.of("propose", SmallSeed.BRUNO, "new"),
        Arguments.of("workshop import", SmallSeed.FACILITATOR, "workshops/import"),
        Arguments.of("moderation", SmallSeed.MODERATOR, "moderation"),
        Arguments.of("organiser", SmallSeed.ORGANISER, "organise"),
        Arguments.of("sign-in", null, "/signin"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void hasNoSeriousAccessibilityViolation(String page, @Nullable DemoPerson who, String path) {
    Browser.assumeAvailable();
    assumeTrue(axe.isPresent(), AxeCheck.missing());
    Steps steps = new Steps(browser, SmallSeed.SLUG);
    browser.forgetSession();
    if (who != null) {
      steps.signIn(who);
    }

    browser.open(path.startsWith("/") ? path : steps.path(path.replace("{workshop}", workshop())));

    axe.orElseThrow().check(browser.driver());
  }

  @Test
  void theAuditRunsWhereThePortalsPolicyBlocksPageScripts() {
    Browser.assumeAvailable();
    assumeTrue(axe.isPresent(), AxeCheck.missing());
    browser.forgetSession();
    browser.open("/c/" + SmallSeed.SLUG);
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();

    Object inlineRan =
        js.executeScript(
            "const s = document.createElement('script');"
                + " s.textContent = 'window.ocInline = true;';"
                + " document.head.appendChild(s);"
                + " return window.ocInline === true;");
    axe.orElseThrow().check(browser.driver());

    assertThat(inlineRan).isEqualTo(Boolean.FALSE);
    assertThat(js.executeScript("return typeof window.axe;")).isEqualTo("object");
  }

  @Test
  void theAuditFailsOnASeriousViolation() {
    Browser.assumeAvailable();
    assumeTrue(axe.isPresent(), AxeCheck.missing());
    browser
        .driver()
        .get("data:text/html,<html lang=en><title>t</title><main><img src=a.png></main>");

    assertThatThrownBy(() -> axe.orElseThrow().check(browser.driver()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("image-alt")
        .hasMessageContaining("critical");
  }

  private static String workshop() {
    return portal
        .engine()
        .workshops()
        .list(Actor.visitor(), portal.consultation().consultation())
        .get(0)
        .id()
        .toString();
  }
}
