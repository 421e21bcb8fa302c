package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplainTest {

  @Test
  void decimalsAgreeWithStringFormatOnAnyDouble() {
    qt().withExamples(20_000)
        .withFixedSeed(20170208L)
        .forAll(doubles().between(-1e6, 1e6))
        .checkAssert(
            x -> assertThat(Explain.decimal(x)).isEqualTo(String.format(Locale.ROOT, "%.2f", x)));
  }

  @Test
  void decimalsAgreeWithStringFormatOnHalfwayCases() {
    for (double x :
        new double[] {
          0.125,
          0.135,
          1.005,
          2.675,
          -0.125,
          -12.345,
          0.0,
          -0.0,
          0.004,
          -0.004,
          1e14 + 0.5,
          Double.NaN,
          Double.POSITIVE_INFINITY
        }) {
      assertThat(Explain.decimal(x)).as("%s", x).isEqualTo(String.format(Locale.ROOT, "%.2f", x));
    }
  }

  @Test
  void percentagesAgreeWithStringFormat() {
    qt().withExamples(20_000)
        .withFixedSeed(20170208L)
        .forAll(doubles().between(0, 1))
        .checkAssert(
            x ->
                assertThat(Explain.percent(x))
                    .isEqualTo(String.format(Locale.ROOT, "%.0f%%", x * 100)));
  }
}
