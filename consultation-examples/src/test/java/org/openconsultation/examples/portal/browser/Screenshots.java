package org.openconsultation.examples.portal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Role;
import org.openconsultation.examples.portal.Portal;
import org.openconsultation.examples.seed.DemoPerson;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The tour of {@code docs/demo.md} in pictures: the portal's main pages, each as the person who
 * uses it sees it, captured in a 1280×900 window as {@code portal-<page>.png}.
 */
final class Screenshots {

  /** The window the pictures are taken in. */
  static final Dimension WINDOW = new Dimension(1280, 900);

  /** The pages, in the tour's order. */
  static final List<String> NAMES =
      List.of(
          "home",
          "contributions",
          "contribution",
          "map",
          "dashboard",
          "synthesis",
          "moderation",
          "organise");

  private final Portal portal;
  private final Browser browser;
  private final Steps steps;

  Screenshots(Portal portal, Browser browser) {
    this.portal = portal;
    this.browser = browser;
    this.steps = new Steps(browser, portal.consultation().slug());
    fitViewport();
  }

  /** Sizes the window so that the page's viewport, which the pictures show, is {@link #WINDOW}. */
  private void fitViewport() {
    WebDriver driver = browser.driver();
    driver.manage().window().setSize(WINDOW);
    JavascriptExecutor js = (JavascriptExecutor) driver;
    long width = ((Number) js.executeScript("return window.innerWidth;")).longValue();
    long height = ((Number) js.executeScript("return window.innerHeight;")).longValue();
    driver
        .manage()
        .window()
        .setSize(
            new Dimension(
                (int) (2L * WINDOW.getWidth() - width), (int) (2L * WINDOW.getHeight() - height)));
  }

  /** Takes every picture into {@code directory}; returns the files written, in the tour's order. */
  List<Path> takeAll(Path directory) {
    List<Path> written = new ArrayList<>();
    browser.forgetSession();
    browser.open(steps.path(""));
    written.add(take(directory, "home"));
    browser.open(steps.path("contributions") + "?rule=wilson");
    written.add(take(directory, "contributions"));
    steps.signIn(person(Role.PARTICIPANT));
    steps.openContribution(topContribution());
    written.add(take(directory, "contribution"));
    browser.open(steps.path("map"));
    written.add(take(directory, "map"));
    browser.open(steps.path("dashboard"));
    written.add(take(directory, "dashboard"));
    browser.open(steps.path("synthesis"));
    written.add(take(directory, "synthesis"));
    steps.signIn(person(Role.MODERATOR));
    browser.open(steps.path("moderation"));
    written.add(take(directory, "moderation"));
    steps.signIn(person(Role.ORGANISER));
    browser.open(steps.path("organise"));
    written.add(take(directory, "organise"));
    return written;
  }

  private Path take(Path directory, String name) {
    byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
    Path file = directory.resolve("portal-" + name + ".png");
    try {
      Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The first demo person whose most powerful role is {@code role}. */
  private DemoPerson person(Role role) {
    return portal.consultation().people().stream()
        .filter(p -> p.roles().stream().allMatch(r -> r.ordinal() <= role.ordinal()))
        .filter(p -> p.roles().contains(role))
        .findFirst()
        .orElseThrow();
  }

  /** The most supported contribution, the one a visitor is likely to open first. */
  private String topContribution() {
    return portal
        .engine()
        .dashboard()
        .top(Actor.visitor(), portal.consultation().consultation(), 1)
        .entries()
        .get(0)
        .reference()
        .toString();
  }
}
