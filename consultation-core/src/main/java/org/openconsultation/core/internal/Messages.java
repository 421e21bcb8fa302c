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
    return from(BUNDLE, locale, key, args);
  }

  /**
   * The message {@code key} of the properties bundle {@code bundle} (French, or the root bundle in
   * English), formatted with {@code args}; the key itself if the bundle does not have it.
   */
  static String from(String bundle, Locale locale, String key, Object... args) {
    Locale supported = supported(locale);
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(bundle, supported, NO_FALLBACK).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return new MessageFormat(pattern, supported).format(args);
  }

  /** Whether {@code key} is one of the library's messages. */
  static boolean has(String key) {
    return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK).containsKey(key);
  }
}
