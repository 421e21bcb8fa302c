package org.openconsultation.core.memory;

import java.util.Comparator;
import java.util.UUID;

/** Orderings shared by the classes of this package. */
final class Order {

  /**
   * UUIDs compared as unsigned 128-bit numbers, the order of a SQL {@code uuid} column ({@link
   * UUID#compareTo} compares signed halves, which puts some random UUIDs out of that order).
   */
  static final Comparator<UUID> UUIDS =
      (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0
            ? high
            : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
      };

  private Order() {}
}
