package org.openconsultation.examples.lab;

import java.util.Arrays;
import java.util.Locale;

/** One rule's agreement with the truth of a simulation, one value per run. */
final class Metrics {

  private final Summary tauB;
  private final Summary topK;

  Metrics(int runs) {
    this.tauB = new Summary(runs);
    this.topK = new Summary(runs);
  }

  /** Records run {@code run}'s τ-b and top-k overlap with the truth. */
  void add(int run, double tau, double top) {
    tauB.values[run] = tau;
    topK.values[run] = top;
  }

  /** Kendall's τ-b with the latent quality. */
  Summary tauB() {
    return tauB;
  }

  /** The top-k overlap with the k items of highest quality. */
  Summary topK() {
    return topK;
  }

  /** Values of one measure over the runs (NaN: undefined in that run, left out). */
  static final class Summary {

    private final double[] values;

    Summary(int runs) {
      this.values = new double[runs];
      Arrays.fill(values, Double.NaN);
    }

    /** The mean of the defined values; NaN if there is none. */
    double mean() {
      return Arrays.stream(values).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    /** The sample standard deviation of the defined values; NaN for fewer than two. */
    double sd() {
      double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
      if (defined.length < 2) {
        return Double.NaN;
      }
      double mean = mean();
      double squares = Arrays.stream(defined).map(v -> (v - mean) * (v - mean)).sum();
      return Math.sqrt(squares / (defined.length - 1));
    }

    /** {@code 0.692}, {@code 0.692 ± 0.031} over several runs, or {@code n/a}. */
    String text() {
      double mean = mean();
      double sd = sd();
      if (Double.isNaN(mean)) {
        return "n/a";
      }
      return Double.isNaN(sd)
          ? String.format(Locale.ROOT, "%.3f", mean)
          : String.format(Locale.ROOT, "%.3f ± %.3f", mean, sd);
    }
  }
}
