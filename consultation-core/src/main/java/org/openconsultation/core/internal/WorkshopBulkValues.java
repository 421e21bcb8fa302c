package org.openconsultation.core.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the values of a workshop file the way spreadsheet users write them: ISO or French dates,
 * {@code 18:30} or {@code 18h30}, decimal points or commas. Each method returns null for text it
 * cannot read.
 */
final class WorkshopBulkValues {

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern TIME =
      Pattern.compile("(\\d{1,2})\\s*[:hH]\\s*(\\d{2})?(?::(\\d{2}))?");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,3}(?:[.,]\\d{1,15})?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

  private WorkshopBulkValues() {}

  /** {@code 2026-03-14}, {@code 14/03/2026} or {@code 14/3/2026}. */
  static @Nullable LocalDate date(String text) {
    String t = compact(text);
    try {
      Matcher iso = ISO_DATE.matcher(t);
      if (iso.matches()) {
        return LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3));
      }
      Matcher fr = FRENCH_DATE.matcher(t);
      if (fr.matches()) {
        return LocalDate.of(num(fr, 3), num(fr, 2), num(fr, 1));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  /** {@code 18:30}, {@code 18:30:00}, {@code 18h30} or {@code 18h}. */
  static @Nullable LocalTime time(String text) {
    Matcher m = TIME.matcher(compact(text));
    if (!m.matches() || (m.group(2) == null && text.contains(":"))) {
      return null;
    }
    try {
      return LocalTime.of(
          num(m, 1), m.group(2) == null ? 0 : num(m, 2), m.group(3) == null ? 0 : num(m, 3));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A decimal number with a point or a comma, such as {@code 48.8566} or {@code -61,53}. */
  static @Nullable Double decimal(String text) {
    String t = compact(text);
    return DECIMAL.matcher(t).matches() ? Double.valueOf(t.replace(',', '.')) : null;
  }

  /** A whole number such as {@code 12} or {@code -3}. */
  static @Nullable Integer integer(String text) {
    String t = compact(text);
    return INTEGER.matcher(t).matches() ? Integer.valueOf(t) : null;
  }

  private static String compact(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
