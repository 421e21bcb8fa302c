package org.openconsultation.examples.portal.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven by Selenium against a running portal, with Debian's browser and driver
 * at fixed paths (never downloaded: {@code -Dchromium.binary} and {@code -Dchromium.driver} change
 * them). Without them, tests using it are skipped with a message. Every page reached passes the
 * {@link PageCheck}s given: by default the {@link StructureCheck} and the {@link AxeCheck}.
 */
final class Browser implements AutoCloseable {

  static final String BINARY = System.getProperty("chromium.binary", "/usr/bin/chromium");
  static final String DRIVER = System.getProperty("chromium.driver", "/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final Duration POLL = Duration.ofMillis(20);

  /** Selenium warns that it has no DevTools bindings for this Chromium; the tests use none. */
  private static final java.util.logging.Logger CDP =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP.setLevel(java.util.logging.Level.SEVERE);
  }

  /** The accessibility audit, loaded once; missing (and said so once) without axe-core. */
  private static final Optional<AxeCheck> AUDIT = AxeCheck.load();

  static {
    if (AUDIT.isEmpty() && available()) {
      System.out.println(AxeCheck.missing());
    }
  }

  private final WebDriver driver;
  private final URI base;
  private final List<PageCheck> checks;

  private Browser(WebDriver driver, URI base, List<PageCheck> checks) {
    this.driver = driver;
    this.base = base;
    this.checks = List.copyOf(checks);
  }

  /** Whether Chromium and its driver are installed. */
  static boolean available() {
    return Files.isExecutable(Path.of(BINARY)) && Files.isExecutable(Path.of(DRIVER));
  }

  /** Skips the calling test, saying why, when Chromium or its driver is missing. */
  static void assumeAvailable() {
    assumeTrue(
        available(),
        "Browser tests skipped: no Chromium at "
            + BINARY
            + " or no chromedriver at "
            + DRIVER
            + " (Debian: apt-get install chromium chromium-driver)");
  }

  /**
   * A new headless browser on a portal, running the structure check and, when axe-core is at hand,
   * the accessibility audit on every page.
   */
  static Browser open(URI base) {
    List<PageCheck> checks = new ArrayList<>();
    checks.add(new StructureCheck());
    AUDIT.ifPresent(checks::add);
    return open(base, checks);
  }

  /** A new headless browser on a portal, running {@code checks} on every page. */
  static Browser open(URI base, List<PageCheck> checks) {
    assumeAvailable();
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=fr-FR",
        "--window-size=1280,1024");
    return new Browser(new ChromeDriver(service, options), base, checks);
  }

  /** The driver, for what this class does not cover. */
  WebDriver driver() {
    return driver;
  }

  /** Opens a path of the portal. */
  void open(String path) {
    driver.get(base.resolve(path).toString());
    checked();
  }

  /** Clicks a link or a button that leads to another page, and waits for it. */
  void follow(By target) {
    WebElement html = driver.findElement(By.tagName("html"));
    driver.findElement(target).click();
    WebDriverWait wait = new WebDriverWait(driver, WAIT, POLL);
    wait.until(d -> gone(html));
    wait.until(d -> !d.findElements(By.tagName("footer")).isEmpty());
    checked();
  }

  /** Whether an element of the previous page is gone, however the driver says it. */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException stale) {
      return true;
    }
  }

  /** Types into a field, replacing what it held. */
  void type(By field, String text) {
    WebElement element = driver.findElement(field);
    element.clear();
    element.sendKeys(text);
  }

  /** Chooses an option of a select by its visible text. */
  void choose(By select, String visibleText) {
    new Select(driver.findElement(select)).selectByVisibleText(visibleText);
  }

  /** Clicks a radio button or checkbox. */
  void tick(By input) {
    driver.findElement(input).click();
  }

  /** The visible text of the first element found. */
  String text(By target) {
    return driver.findElement(target).getText();
  }

  /** The visible text of every element found. */
  List<String> texts(By target) {
    return driver.findElements(target).stream().map(WebElement::getText).toList();
  }

  /** Whether the page has an element. */
  boolean has(By target) {
    return !driver.findElements(target).isEmpty();
  }

  /** The path and query of the current page. */
  String path() {
    URI now = URI.create(driver.getCurrentUrl());
    return now.getRawPath() + (now.getRawQuery() == null ? "" : "?" + now.getRawQuery());
  }

  /** The whole page's visible text. */
  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /**
   * Downloads what a link points to with the browser's session, as the browser would: reads the
   * link's address, then fetches it over HTTP with the session's cookie.
   */
  HttpResponse<byte[]> download(By link) {
    String href = driver.findElement(link).getAttribute("href");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(href)).GET();
    Cookie session = driver.manage().getCookieNamed("oc_session");
    if (session != null) {
      request.header("Cookie", session.getName() + "=" + session.getValue());
    }
    try {
      return HttpClient.newHttpClient()
          .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Forgets the session: the next page is a visitor's. */
  void forgetSession() {
    driver.manage().deleteAllCookies();
  }

  private void checked() {
    for (PageCheck check : checks) {
      check.check(driver);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
