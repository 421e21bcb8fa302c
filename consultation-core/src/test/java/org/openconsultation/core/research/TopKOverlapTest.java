package org.openconsultation.core.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The share of the first k items two orders have in common. */
class TopKOverlapTest {

  private static final List<String> A = List.of("a", "b", "c", "d", "e");

  @Test
  void theSameFirstItemsInAnotherOrderOverlapFully() {
    assertThat(TopKOverlap.of(A, List.of("c", "b", "a", "e", "d"), 3)).isEqualTo(1.0);
  }

  @Test
  void countsTheItemsInCommonOverK() {
    assertThat(TopKOverlap.of(A, List.of("a", "e", "b", "c", "d"), 3)).isEqualTo(2.0 / 3);
    assertThat(TopKOverlap.of(A, List.of("e", "d", "c", "b", "a"), 2)).isEqualTo(0.0);
    assertThat(TopKOverlap.of(A, List.of("e", "d", "c", "b", "a"), 3)).isEqualTo(1.0 / 3);
  }

  @Test
  void aKBeyondTheLengthIsReducedToIt() {
    assertThat(TopKOverlap.of(A, List.of("e", "d", "c", "b", "a"), 10)).isEqualTo(1.0);
    assertThat(TopKOverlap.of(List.of("a", "b"), List.of("b", "c", "a"), 5)).isEqualTo(0.5);
  }

  @Test
  void isUndefinedForAnEmptyOrderAndRefusesKBelowOne() {
    assertThat(TopKOverlap.of(List.of(), A, 3)).isNaN();
    assertThatThrownBy(() -> TopKOverlap.of(A, A, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
