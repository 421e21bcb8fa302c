package org.openconsultation.core.internal;

import java.util.Locale;
import org.openconsultation.core.model.InvalidInputException;

/**
 * The messages of report requests, from the {@code ReportMessages} bundle (which also holds the
 * reports' words), in French for French readers and English for everyone else.
 */
final class ReportMessages {

  private static final String BUNDLE = "org.openconsultation.core.internal.ReportMessages";

  private ReportMessages() {}

  /** The message {@code key} in {@code locale}, formatted with {@code args}. */
  static String get(Locale locale, String key, Object... args) {
    return Messages.from(BUNDLE, locale, key, args);
  }

  /**
   * Invalid input on {@code path}, with code {@code report.<name>} and message {@code
   * error.<name>}.
   */
  static InvalidInputException invalid(Locale locale, String name, String path, Object... args) {
    return InvalidInputException.of("report." + name, path, get(locale, "error." + name, args));
  }
}
