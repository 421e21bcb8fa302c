package org.openconsultation.core.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** The pieces of explanations, in one stable English format whatever the JVM's locale. */
final class Explain {

  private Explain() {}

  /** {@code "1 support"}, {@code "12 supports"}. */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** {@code "12 supports, 3 oppositions"}. */
  static String votes(long supports, long oppositions) {
    return count(supports, "support", "supports")
        + ", "
        + count(oppositions, "opposition", "oppositions");
  }

  /**
   * A number with two decimals, rounded half up as {@code String.format("%.2f")} does: {@code
   * "0.61"}. Written with integer arithmetic: rankings explain every entry, and formatting
   * dominated their cost.
   */
  static String decimal(double x) {
    return fixed(x, 100, 2);
  }

  /** A share as a whole percentage, rounded half up: {@code "35%"}. */
  static String percent(double share) {
    return fixed(share * 100, 1, 0) + "%";
  }

  private static String fixed(double x, long scale, int decimals) {
    double scaled = Math.abs(x) * scale;
    if (!Double.isFinite(scaled) || scaled >= 1e15) {
      return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }
    long units = (long) Math.floor(scaled + 0.5);
    double fraction = scaled - Math.floor(scaled);
    if (Math.abs(fraction - 0.5) < 1e-6) {
      // Near a tie, round the shortest decimal form of the double, as String.format does.
      units =
          BigDecimal.valueOf(Math.abs(x))
              .setScale(decimals, RoundingMode.HALF_UP)
              .unscaledValue()
              .longValueExact();
    }
    StringBuilder text = new StringBuilder(24);
    if (x < 0 || (x == 0 && 1 / x < 0)) {
      text.append('-');
    }
    text.append(units / scale);
    if (decimals > 0) {
      String digits = Long.toString(units % scale);
      text.append('.');
      for (int i = digits.length(); i < decimals; i++) {
        text.append('0');
      }
      text.append(digits);
    }
    return text.toString();
  }

  /** A parameter's value without trailing zeros: {@code "0.95"}, {@code "10"}. */
  static String plain(double x) {
    return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }
}
