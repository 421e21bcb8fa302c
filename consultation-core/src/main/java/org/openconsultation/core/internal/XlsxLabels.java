package org.openconsultation.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.PublicationStatus;

/**
 * The words of the XLSX workbook (sheet names, headers, kinds, statuses, phases) in the
 * consultation's language: French for a French consultation, English otherwise.
 */
final class XlsxLabels {

  private static final String BUNDLE = "org.openconsultation.core.internal.XlsxMessages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  XlsxLabels(Locale locale) {
    this.locale = Messages.supported(locale);
    this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, NO_FALLBACK);
  }

  /** The label {@code key}, formatted with {@code args}. */
  String get(String key, Object... args) {
    try {
      return new MessageFormat(bundle.getString(key), locale).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  String kind(ContributionKind kind) {
    return get("kind." + kind.name());
  }

  String status(PublicationStatus status) {
    return Messages.get(locale, "status." + status.name());
  }

  String phase(Phase phase) {
    return Messages.get(locale, "phase." + phase.name());
  }
}
