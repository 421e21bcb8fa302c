package org.openconsultation.examples.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Cards drawn in a shuffled order, reshuffled once all have been drawn, so that every phrase of a
 * list is used about as often as the others and two neighbours rarely repeat.
 */
final class Deck<T> {

  private final List<T> cards;
  private final SplittableRandom rng;
  private int next;

  Deck(List<T> cards, SplittableRandom rng) {
    if (cards.isEmpty()) {
      throw new IllegalArgumentException("an empty deck");
    }
    this.cards = new ArrayList<>(cards);
    this.rng = rng;
    this.next = cards.size();
  }

  /** The next card. */
  T draw() {
    if (next == cards.size()) {
      shuffle(cards, rng);
      next = 0;
    }
    return cards.get(next++);
  }

  /** Shuffles {@code list} in place with {@code rng} (Fisher–Yates). */
  static <E> void shuffle(List<E> list, SplittableRandom rng) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      E e = list.get(i);
      list.set(i, list.get(j));
      list.set(j, e);
    }
  }
}
