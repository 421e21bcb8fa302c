package org.openconsultation.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A contribution's counts, moved by ballots. */
class TallyTest {

  private static final ContributionId ID = new ContributionId(new UUID(1, 2));

  /** Any ballot: support, for, against, neutral, approval or one of the ten grades. */
  private static final Gen<Ballot> BALLOTS =
      integers()
          .between(0, 14)
          .map(
              i ->
                  switch (i) {
                    case 0 -> Ballot.support();
                    case 1 -> Ballot.inFavour();
                    case 2 -> Ballot.against();
                    case 3 -> Ballot.neutral();
                    case 4 -> Ballot.approval();
                    default -> Ballot.grade(i - 5);
                  });

  private static Tally apply(Tally start, List<Ballot> ballots, int delta) {
    Tally t = start;
    for (Ballot b : ballots) {
      t = t.plus(b, delta);
    }
    return t;
  }

  @Test
  void addingBallotsThenTakingTheSameOnesAwayGivesTheEmptyTally() {
    qt().forAll(lists().of(BALLOTS).ofSizeBetween(0, 60), longs().all())
        .checkAssert(
            (ballots, seed) -> {
              Tally full = apply(Tally.empty(ID), ballots, +1);
              List<Ballot> shuffled = new ArrayList<>(ballots);
              Collections.shuffle(shuffled, new Random(seed));

              assertThat(full.ballots()).isEqualTo(ballots.size());
              assertThat(apply(full, shuffled, -1)).isEqualTo(Tally.empty(ID));
            });
  }

  @Test
  void theOrderOfTheBallotsDoesNotMatter() {
    qt().forAll(lists().of(BALLOTS).ofSizeBetween(0, 60), longs().all())
        .checkAssert(
            (ballots, seed) -> {
              List<Ballot> shuffled = new ArrayList<>(ballots);
              Collections.shuffle(shuffled, new Random(seed));
              assertThat(apply(Tally.empty(ID), shuffled, +1))
                  .isEqualTo(apply(Tally.empty(ID), ballots, +1));
            });
  }

  @Test
  void eachKindOfBallotMovesItsOwnCount() {
    Tally t =
        apply(
            Tally.empty(ID),
            List.of(
                Ballot.support(),
                Ballot.approval(),
                Ballot.inFavour(),
                Ballot.against(),
                Ballot.neutral(),
                Ballot.neutral(),
                Ballot.grade(2)),
            +1);

    assertThat(t).isEqualTo(new Tally(ID, 3, 1, 2, List.of(0L, 0L, 1L)));
    assertThat(t.grade(2)).isEqualTo(1);
    assertThat(t.grade(9)).isZero();
    assertThat(t.ballots()).isEqualTo(7);
  }

  @Test
  void trailingZeroGradesAreTrimmedSoEqualCountsMakeEqualTallies() {
    qt().forAll(lists().of(longs().between(0, 5)).ofSizeBetween(0, 10), integers().between(0, 5))
        .checkAssert(
            (grades, zeros) -> {
              List<Long> padded = new ArrayList<>(grades);
              padded.addAll(Collections.nCopies(zeros, 0L));
              Tally a = new Tally(ID, 0, 0, 0, grades);
              Tally b = new Tally(ID, 0, 0, 0, padded);
              assertThat(b).isEqualTo(a);
              assertThat(b.hashCode()).isEqualTo(a.hashCode());
              assertThat(b.grades().isEmpty() || b.grades().get(b.grades().size() - 1) != 0L)
                  .isTrue();
            });
    assertThat(Tally.empty(ID).plus(Ballot.grade(7), 1).plus(Ballot.grade(7), -1).grades())
        .isEmpty();
    assertThat(new Tally(ID, 0, 0, 0, List.of(0L, 0L)).grades()).isEmpty();
  }

  @Test
  void countsAreNeverNegative() {
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> Tally.empty(ID).plus(Ballot.support(), -1))
                .violations()
                .get(0)
                .code())
        .isEqualTo("min");
    assertThat(
            catchThrowableOfType(
                InvalidInputException.class, () -> new Tally(ID, 0, 0, 0, List.of(-1L, 2L))))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                InvalidInputException.class, () -> Tally.empty(ID).plus(Ballot.grade(3), -1)))
        .isNotNull();
  }

  @Test
  void theGradesListCannotBeChangedFromOutside() {
    List<Long> grades = new ArrayList<>(List.of(1L, 2L));
    Tally t = new Tally(ID, 0, 0, 0, grades);
    grades.set(0, 9L);
    assertThat(t.grades()).containsExactly(1L, 2L);
  }
}
