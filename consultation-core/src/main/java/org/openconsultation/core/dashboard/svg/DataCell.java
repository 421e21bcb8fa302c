package org.openconsultation.core.dashboard.svg;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a {@link DataTable}: the text shown, in the table and on the chart alike, and the
 * number a chart plots, or null when there is nothing to plot (a withheld count, a name).
 *
 * @param value the number plotted, finite, or null
 * @param text what is shown
 */
public record DataCell(@Nullable Double value, String text) {

  /** Checks the text is present and the value finite. */
  public DataCell {
    Objects.requireNonNull(text, "text");
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException("a cell's value must be finite: " + value);
    }
  }

  /** A count, shown in digits without grouping ({@code 12345}). */
  public static DataCell count(long value) {
    return new DataCell((double) value, Long.toString(value));
  }

  /** A decimal number shown with {@code digits} digits after the point ({@code 48.8566}). */
  public static DataCell decimal(double value, int digits) {
    if (digits < 0 || digits > 10) {
      throw new IllegalArgumentException("digits must be between 0 and 10");
    }
    return new DataCell(value, String.format(Locale.ROOT, "%." + digits + "f", value));
  }

  /** A cell with nothing to plot, such as a withheld count ({@code "< 5"}) or a name. */
  public static DataCell text(String text) {
    return new DataCell(null, text);
  }

  /** Whether a chart has a number to plot here. */
  public boolean plotted() {
    return value != null;
  }
}
