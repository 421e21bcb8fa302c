package org.openconsultation.core.internal;

import java.util.Locale;
import org.openconsultation.core.model.InvalidInputException;

/** The dashboard's own messages, in French for French readers and English for everyone else. */
final class DashboardMessages {

  private static final String BUNDLE = "org.openconsultation.core.internal.DashboardMessages";

  private DashboardMessages() {}

  /** The message {@code key} in {@code locale}, formatted with {@code args}. */
  static String get(Locale locale, String key, Object... args) {
    return Messages.from(BUNDLE, locale, key, args);
  }

  /** An invalid-input failure with one violation whose code is {@code key}. */
  static InvalidInputException invalid(Locale locale, String key, String path, Object... args) {
    return InvalidInputException.of(key, path, get(locale, key, args));
  }
}
