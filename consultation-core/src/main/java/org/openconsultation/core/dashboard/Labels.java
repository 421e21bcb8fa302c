package org.openconsultation.core.dashboard;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The charts' captions and headers: French for French readers, English for everyone else. */
final class Labels {

  private static final String BUNDLE = "org.openconsultation.core.dashboard.DashboardLabels";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  Labels(Locale locale) {
    this.locale =
        Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT;
    this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, NO_FALLBACK);
  }

  /** The label {@code key}, formatted with {@code args}. */
  String get(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  /** A caption followed by its notes in parentheses, if any. */
  String caption(String key, String... notes) {
    String caption = get(key);
    for (String note : notes) {
      caption += " (" + note + ")";
    }
    return caption;
  }
}
