package org.openconsultation.core.internal;

import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the map layers, from the {@code GeoJsonMessages} bundle, in French for a French
 * consultation and English for any other.
 */
final class GeoJsonMessages {

  private static final String BUNDLE = "org.openconsultation.core.internal.GeoJsonMessages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;
  private final DateTimeFormatter heldAt;

  GeoJsonMessages(Locale consultationLocale) {
    this.locale = Messages.supported(consultationLocale);
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    this.heldAt = DateTimeFormatter.ofPattern(bundle.getString("format.held-at"), locale);
  }

  /** When a workshop was held, in its own time zone: {@code 5 mars 2026 à 18h00}. */
  String heldAt(ZonedDateTime when) {
    return heldAt.format(when);
  }

  /** The message {@code key}, formatted with {@code args}. */
  String get(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
