package org.openconsultation.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The library's own messages in French and English. Any locale whose language is not French reads
 * English; the JVM's default locale never leaks in.
 */
final class Messages {

  private static final String BUNDLE = "org.openconsultation.core.internal.Messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** French for French readers, the root (English) bundle for everyone else. */
  static Locale supported(Locale locale) {
    return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT;
  }

  /** The message {@code key} in {@code locale}, formatted with {@code args}. */
  static String get(Locale locale, String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return new MessageFormat(pattern, supported(locale)).format(args);
  }

  /** Whether {@code key} is one of the library's messages. */
  static boolean has(String key) {
    return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK).containsKey(key);
  }
}
