package org.openconsultation.examples.lab;

/** How the lab's messages count things. */
final class Words {

  private Words() {}

  /** {@code 1 item}, {@code 31 items}: the count and the noun, plural unless the count is 1. */
  static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
