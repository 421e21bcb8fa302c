package org.openconsultation.core.dashboard.svg;

import java.util.List;

/**
 * Series colours and dash patterns. The colours are the Okabe–Ito palette's shades that keep at
 * least 3:1 contrast against white (WCAG 2.1, non-text contrast), in an order where neighbours stay
 * apart for every common colour-vision deficiency; dash patterns tell lines apart without colour.
 */
final class Palette {

  /** Blue, vermillion, bluish green, reddish purple, black. */
  static final List<String> COLOURS =
      List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000");

  static final List<String> DASHES = List.of("none", "8 4", "2 3", "8 3 2 3", "12 4 2 4 2 4");

  private Palette() {}

  /** The colour of series {@code index}. */
  static String colour(int index) {
    return COLOURS.get(index % COLOURS.size());
  }

  /** The dash pattern of series {@code index}. */
  static String dash(int index) {
    return DASHES.get(index % DASHES.size());
  }
}
