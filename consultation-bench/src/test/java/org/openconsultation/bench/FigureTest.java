package org.openconsultation.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FigureTest {

  @Test
  void the_ratio_is_the_baseline_time_over_this_time_so_higher_is_better() {
    Figure rule = new Figure(40, 4); // 10% relative error
    Figure baseline = new Figure(10, 1); // 10% relative error

    Figure ratio = rule.ratioOf(baseline);

    assertThat(ratio.value()).isEqualTo(0.25);
    assertThat(ratio.error()).isCloseTo(0.25 * Math.sqrt(0.02), within(1e-12));
  }

  @Test
  void a_figure_without_error_gives_a_ratio_without_error_and_prints_bare() {
    Figure ratio = new Figure(2, Double.NaN).ratioOf(new Figure(1, 0.1));

    assertThat(ratio.error()).isNaN();
    assertThat(ratio.format("%.2f")).isEqualTo("0.50");
    assertThat(new Figure(0.5, 0.012).format("%.2f")).isEqualTo("0.50 ± 0.01");
  }
}
