package org.openconsultation.bench;

/**
 * A measured or derived figure with its error.
 *
 * @param value the figure
 * @param error the half-width of its 99.9% confidence interval; NaN when too few samples
 */
record Figure(double value, double error) {

  /**
   * {@code baseline / this}: how many times faster the baseline is than this time, so higher is
   * better for the time; the relative errors are combined in quadrature (first order).
   */
  Figure ratioOf(Figure baseline) {
    double ratio = baseline.value / value;
    double relative = Math.hypot(baseline.error / baseline.value, error / value);
    return new Figure(ratio, ratio * relative);
  }

  /** {@code "1.23 ± 0.04"}, or {@code "1.23"} without an error. */
  String format(String pattern) {
    String shown = String.format(java.util.Locale.ROOT, pattern, value);
    return Double.isNaN(error)
        ? shown
        : shown + " ± " + String.format(java.util.Locale.ROOT, pattern, error);
  }
}
