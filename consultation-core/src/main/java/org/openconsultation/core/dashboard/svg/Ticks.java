package org.openconsultation.core.dashboard.svg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Round axis ticks from zero: steps of 1, 2 or 5 times a power of ten, about five of them. */
final class Ticks {

  private Ticks() {}

  /** Ticks from 0 to the first tick at or above {@code max}; {@code 0, 1} when max is 0. */
  static List<BigDecimal> upTo(double max) {
    if (max <= 0) {
      return List.of(BigDecimal.ZERO, BigDecimal.ONE);
    }
    int exponent = (int) Math.floor(Math.log10(max / 5));
    BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
    BigDecimal step = power;
    for (int m : new int[] {1, 2, 5, 10}) {
      step = power.multiply(BigDecimal.valueOf(m));
      if (step.doubleValue() * 5 >= max) {
        break;
      }
    }
    List<BigDecimal> ticks = new ArrayList<>();
    BigDecimal tick = BigDecimal.ZERO;
    ticks.add(tick);
    while (tick.doubleValue() < max) {
      tick = tick.add(step);
      ticks.add(tick);
    }
    return ticks;
  }

  /** A tick's text: plain digits, no exponent, no trailing zeros. */
  static String text(BigDecimal tick) {
    return tick.signum() == 0 ? "0" : tick.stripTrailingZeros().toPlainString();
  }
}
