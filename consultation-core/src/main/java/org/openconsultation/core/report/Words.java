package org.openconsultation.core.report;

import java.text.MessageFormat;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.openconsultation.core.model.ContributionKind;

/**
 * The fixed words of reports in French for French readers and English for everyone else, from the
 * {@code ReportMessages} bundle next to the engine's messages; the JVM's default locale never leaks
 * in. Numbers are written without grouping and dates by the bundle's patterns, so a rendering is
 * the same on every JVM.
 */
final class Words {

  private static final String BUNDLE = "org.openconsultation.core.internal.ReportMessages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Words(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
  }

  /** The words for a reader of {@code reader}. */
  static Words of(Locale reader) {
    boolean french = Locale.FRENCH.getLanguage().equals(reader.getLanguage());
    return new Words(french ? Locale.FRENCH : Locale.ROOT);
  }

  /**
   * The text of {@code key} with its arguments: text as is, numbers for the patterns that choose
   * their words by a count.
   */
  String get(String key, Object... args) {
    return new MessageFormat(raw(key), locale).format(args);
  }

  /** A label and its value, punctuated in the reader's language. */
  String label(String key, String value) {
    return get("label", get(key), value);
  }

  /** A day. */
  String date(ZonedDateTime t) {
    return DateTimeFormatter.ofPattern(raw("format.date"), locale).format(t);
  }

  /** A day and a time. */
  String dateTime(ZonedDateTime t) {
    return DateTimeFormatter.ofPattern(raw("format.date-time"), locale).format(t);
  }

  /** An opening time: the day alone when it opens at midnight. */
  String opening(ZonedDateTime t) {
    return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? date(t) : dateTime(t);
  }

  /** A closing time: the last day open alone when it closes at midnight. */
  String closing(ZonedDateTime t) {
    return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? date(t.minusDays(1)) : dateTime(t);
  }

  /** A count, without grouping. */
  static String number(long n) {
    return Long.toString(n);
  }

  /** A score: an integer as such, anything else with two decimals in the reader's style. */
  String score(double score) {
    if (score == Math.rint(score) && Math.abs(score) < 1e15) {
      return Long.toString((long) score);
    }
    return String.format(locale, "%.2f", score);
  }

  /** The rows of the key figures table. */
  List<String[]> figures(KeyFigures f) {
    List<String[]> rows = new ArrayList<>();
    rows.add(row("figures.participants", f.participants()));
    for (ContributionKind kind : ContributionKind.values()) {
      rows.add(row("figures.contributions." + kind.name(), f.contributions(kind)));
    }
    rows.add(row("figures.comments", f.comments()));
    rows.add(row("figures.workshops", f.workshops()));
    rows.add(row("figures.attendees", f.attendees()));
    Long supports = f.supports();
    if (supports != null) {
      rows.add(row("figures.supports", supports));
    }
    return rows;
  }

  /** The rows of a theme's figures table. */
  List<String[]> figures(ThemeFigures f) {
    List<String[]> rows = new ArrayList<>();
    for (ContributionKind kind : ContributionKind.values()) {
      rows.add(row("figures.contributions." + kind.name(), f.contributions(kind)));
    }
    rows.add(row("figures.comments", f.comments()));
    rows.add(row("figures.supports", f.supports()));
    rows.add(row("figures.workshops", f.workshops()));
    rows.add(row("figures.attendees", f.attendees()));
    return rows;
  }

  private String[] row(String key, long value) {
    return new String[] {get(key), number(value)};
  }

  private String raw(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
