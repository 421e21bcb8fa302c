package org.openconsultation.examples.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * An accessibility audit of the page with axe-core, which fails on any violation of impact {@code
 * serious} or {@code critical}, listing each rule, its impact and the selectors of the elements
 * concerned. Lesser impacts ({@code minor}, {@code moderate}) are printed, not failed.
 *
 * <p>The script is read from the file named by the system property {@code oc.axe.js}, else by the
 * environment variable {@code OC_AXE_JS}, else from {@code node_modules/axe-core/axe.min.js} under
 * the repository's root ({@code npm install --no-save --no-package-lock axe-core@4} there). The
 * driver injects and runs it through WebDriver, which the page's Content-Security-Policy does not
 * govern: the page itself still runs no script.
 */
final class AxeCheck implements PageCheck {

  /** The path {@code npm install axe-core} writes under the repository's root. */
  static final String NPM_PATH = "node_modules/axe-core/axe.min.js";

  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {resultTypes: ['violations']})
        .then(r => done(JSON.stringify(r.violations.map(v => ({
          id: v.id, impact: v.impact, help: v.help,
          targets: v.nodes.map(n => n.target.join(' '))})))))
        .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical',
          help: String(e), targets: []}])));
      """;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String script;

  /** One rule broken on the page. */
  record Violation(String id, @Nullable String impact, String help, List<String> targets) {

    boolean blocking() {
      return "serious".equals(impact) || "critical".equals(impact);
    }

    @Override
    public String toString() {
      return id + " (" + impact + ": " + help + ") at " + targets;
    }
  }

  private AxeCheck(String script) {
    this.script = script;
  }

  /** The audit, if axe-core's script is found. */
  static Optional<AxeCheck> load() {
    return location()
        .map(
            path -> {
              try {
                return new AxeCheck(Files.readString(path, StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Why the audit cannot run: the places searched for the script. */
  static String missing() {
    return "Accessibility audit skipped: no axe-core script (set -Doc.axe.js or OC_AXE_JS, or run"
        + " 'npm install --no-save --no-package-lock axe-core@4' in the repository's root, which"
        + " writes "
        + NPM_PATH
        + ")";
  }

  /** The script's file: the property, else the environment, else npm's under the root. */
  static Optional<Path> location() {
    String named = System.getProperty("oc.axe.js");
    if (named == null || named.isBlank()) {
      named = System.getenv("OC_AXE_JS");
    }
    if (named != null && !named.isBlank()) {
      Path path = Path.of(named);
      return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve(".mvn"))) {
        Path npm = dir.resolve(NPM_PATH);
        return Files.isRegularFile(npm) ? Optional.of(npm) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  @Override
  public void check(WebDriver driver) {
    List<Violation> violations = audit(driver);
    List<Violation> blocking = violations.stream().filter(Violation::blocking).toList();
    violations.stream()
        .filter(v -> !v.blocking())
        .forEach(v -> System.out.println("axe on " + driver.getCurrentUrl() + ": " + v));
    assertThat(blocking)
        .as("serious or critical accessibility violations on %s", driver.getCurrentUrl())
        .isEmpty();
  }

  /** Every violation axe-core finds on the page shown. */
  List<Violation> audit(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(script);
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    String json = (String) js.executeAsyncScript(RUN);
    try {
      return JSON.readValue(json, new TypeReference<List<Violation>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
