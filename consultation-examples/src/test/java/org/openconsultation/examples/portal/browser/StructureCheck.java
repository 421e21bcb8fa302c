package org.openconsultation.examples.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The accessible structure every page of the portal keeps: a language, one main landmark, one
 * level-one heading, a labelled navigation landmark, a label for every form control, a text
 * alternative for every image, and no stack trace. Checked by one script in the page.
 */
final class StructureCheck implements PageCheck {

  private static final String SCRIPT =
      """
      const problems = [];
      const lang = document.documentElement.getAttribute('lang');
      if (lang !== 'fr' && lang !== 'en') problems.push('html lang is ' + lang);
      const mains = document.querySelectorAll('main').length;
      if (mains !== 1) problems.push(mains + ' main landmarks');
      const h1s = document.querySelectorAll('h1').length;
      if (h1s !== 1) problems.push(h1s + ' h1 headings');
      if (!document.querySelector('nav[aria-label]')) problems.push('no labelled nav');
      if (document.body.innerText.includes('\\tat ')) problems.push('a stack trace');
      for (const c of document.querySelectorAll(
          'input:not([type=hidden]):not([type=submit]), select, textarea')) {
        const labelled = (c.id && document.querySelector('label[for="' + c.id + '"]'))
            || c.getAttribute('aria-label') || c.getAttribute('aria-labelledby');
        if (!labelled) problems.push('no label for ' + c.tagName + ' ' + c.name);
      }
      for (const img of document.querySelectorAll('img:not([alt])')) {
        problems.push('no alt for ' + img.src);
      }
      const ids = new Set();
      for (const e of document.querySelectorAll('[id]')) {
        if (ids.has(e.id)) problems.push('duplicate id ' + e.id);
        ids.add(e.id);
      }
      return problems;
      """;

  @Override
  public void check(WebDriver driver) {
    Object problems = ((JavascriptExecutor) driver).executeScript(SCRIPT);
    assertThat((List<?>) problems).as("structure of %s", driver.getCurrentUrl()).isEmpty();
  }
}
