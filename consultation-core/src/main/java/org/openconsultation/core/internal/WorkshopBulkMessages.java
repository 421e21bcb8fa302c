package org.openconsultation.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The workshop bulk import's messages, in French for French readers and English otherwise. */
final class WorkshopBulkMessages {

  private static final String BUNDLE = "org.openconsultation.core.internal.BulkMessages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private WorkshopBulkMessages() {}

  /** The message {@code key} in {@code locale}, formatted with {@code args}. */
  static String get(Locale locale, String key, Object... args) {
    Locale supported = Messages.supported(locale);
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported, NO_FALLBACK);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return new MessageFormat(pattern, supported).format(args);
  }
}
