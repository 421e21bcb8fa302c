package org.openconsultation.core.internal;

import java.util.Locale;

/** The workshop bulk import's messages, in French for French readers and English otherwise. */
final class WorkshopBulkMessages {

  private static final String BUNDLE = "org.openconsultation.core.internal.BulkMessages";

  private WorkshopBulkMessages() {}

  /** The message {@code key} in {@code locale}, formatted with {@code args}. */
  static String get(Locale locale, String key, Object... args) {
    return Messages.from(BUNDLE, locale, key, args);
  }
}
