package org.openconsultation.examples.portal.browser;

import org.openqa.selenium.WebDriver;

/**
 * A check run on every page a browser test reaches (after opening an address and after every form
 * sent): structure today; an accessibility audit (axe-core) plugs in the same way.
 */
@FunctionalInterface
interface PageCheck {

  /** Fails the test when the page the driver shows does not pass. */
  void check(WebDriver driver);
}
