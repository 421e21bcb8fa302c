package org.openconsultation.examples.portal.view;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's own words in one language, from {@code portal/messages_fr.properties} or {@code
 * messages_en.properties}. The engine's messages come localised already, through the actor's
 * locale.
 */
public final class Texts {

  private static final String BUNDLE = "org.openconsultation.examples.portal.messages";

  /** French, the portal's default. */
  public static final Locale FRENCH = Locale.FRENCH;

  /** English, behind the language switch. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  private final Locale locale;
  private final ResourceBundle bundle;

  private Texts(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The texts of a language: English when asked for, French otherwise. */
  public static Texts of(Locale locale) {
    return new Texts(locale.getLanguage().equals("en") ? ENGLISH : FRENCH);
  }

  /** The language of these texts. */
  public Locale locale() {
    return locale;
  }

  /**
   * The text for {@code key}, with {@code {0}}, {@code {1}}... replaced by the arguments; the key
   * itself when the bundle lacks it, so that a missing text shows instead of failing the page.
   */
  public String get(String key, Object... args) {
    String text;
    try {
      text = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** Whether the bundle has a text for {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }
}
