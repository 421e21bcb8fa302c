package org.openconsultation.core.dashboard.svg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaletteTest {

  /** WCAG 2.1 relative luminance of a #RRGGBB colour. */
  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  private static double contrastOnWhite(String hex) {
    return 1.05 / (luminance(hex) + 0.05);
  }

  @Test
  void everySeriesColourHasAtLeastThreeToOneContrastOnWhite() {
    for (String colour : Palette.COLOURS) {
      assertThat(contrastOnWhite(colour)).as(colour).isGreaterThanOrEqualTo(3.0);
    }
  }

  @Test
  void textColoursHaveAtLeastFourAndAHalfToOneContrastOnWhite() {
    assertThat(contrastOnWhite(Svg.INK)).isGreaterThanOrEqualTo(4.5);
    assertThat(contrastOnWhite(Svg.MUTED)).isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void coloursAndDashPatternsAreAllDistinct() {
    assertThat(Palette.COLOURS).doesNotHaveDuplicates();
    assertThat(Palette.DASHES).doesNotHaveDuplicates().hasSameSizeAs(Palette.COLOURS);
  }
}
