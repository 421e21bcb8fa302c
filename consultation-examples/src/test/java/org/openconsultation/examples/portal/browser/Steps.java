package org.openconsultation.examples.portal.browser;

import org.openconsultation.examples.seed.DemoPerson;
import org.openqa.selenium.By;

/** What people do in the portal, as a browser does it: sign in, propose, edit, vote... */
final class Steps {

  private final Browser browser;
  private final String slug;

  Steps(Browser browser, String slug) {
    this.browser = browser;
    this.slug = slug;
  }

  /** The path of a page of the consultation. */
  String path(String page) {
    return "/c/" + slug + (page.isEmpty() ? "" : "/" + page);
  }

  /** Signs in as a demo person through the sign-in page, leaving any earlier session. */
  void signIn(DemoPerson person) {
    browser.forgetSession();
    browser.open("/signin");
    browser.tick(By.id("person-" + person.id().value()));
    browser.follow(By.id("signin-submit"));
  }

  /** Proposes a contribution; returns its reference, e.g. {@code C-3}. */
  String propose(String theme, String title, String body) {
    browser.open(path("new"));
    browser.choose(By.id("field-theme"), theme);
    browser.type(By.id("field-title"), title);
    browser.type(By.id("field-body"), body);
    browser.follow(By.id("contribution-submit"));
    return reference();
  }

  /** Edits the contribution shown; lands back on its permalink. */
  void edit(String title, String body, String note) {
    browser.follow(By.id("edit-link"));
    browser.type(By.id("field-title"), title);
    browser.type(By.id("field-body"), body);
    browser.type(By.id("field-note"), note);
    browser.follow(By.id("contribution-submit"));
  }

  /** Opens a contribution at its permalink. */
  void openContribution(String reference) {
    browser.open(path(reference));
  }

  /** The reference of the contribution shown, without its revision. */
  String reference() {
    String citation = browser.text(By.id("citation"));
    return citation.substring(0, citation.indexOf('.'));
  }

  /** The citation of the revision shown, e.g. {@code C-3.2}. */
  String citation() {
    return browser.text(By.id("citation"));
  }

  /** Supports the contribution shown. */
  void support() {
    browser.follow(By.id("vote-support"));
  }

  /** Ranks the contributions by a rule, through the list's form; returns the references shown. */
  java.util.List<String> ranking(String ruleLabel) {
    browser.open(path("contributions"));
    browser.choose(By.id("filter-rule"), ruleLabel);
    browser.follow(By.id("apply-filters"));
    return browser.driver().findElements(By.cssSelector("#ranking > li")).stream()
        .map(li -> li.getAttribute("data-reference"))
        .toList();
  }
}
