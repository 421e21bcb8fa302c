package org.openconsultation.core.ranking;

import java.math.BigDecimal;
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

  /** A number with two decimals: {@code "0.61"}. */
  static String decimal(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }

  /** A share as a whole percentage: {@code "35%"}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  /** A parameter's value without trailing zeros: {@code "0.95"}, {@code "10"}. */
  static String plain(double x) {
    return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }
}
