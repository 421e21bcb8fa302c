package org.openconsultation.core.internal;

import java.util.Locale;

/** The messages of imports, in French and English, read like {@link Messages}. */
final class ImportMessages {

  private static final String BUNDLE = "org.openconsultation.core.internal.ImportMessages";

  private ImportMessages() {}

  /** The message {@code key} in {@code locale}, formatted with {@code args}. */
  static String get(Locale locale, String key, Object... args) {
    return Messages.from(BUNDLE, locale, key, args);
  }
}
