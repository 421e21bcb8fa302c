package org.openconsultation.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contribution references ({@code C-42}) and revision references ({@code C-42.2}). */
class ReferenceTest {

  /** The largest number the text form accepts: 18 digits. */
  private static final long LARGEST_PARSABLE = 999_999_999_999_999_999L;

  @Test
  void aReferenceReadsAsCDashNumber() {
    assertThat(new Reference(42).toString()).isEqualTo("C-42");
    assertThat(Reference.parse("C-42")).isEqualTo(new Reference(42));
    assertThat(Reference.parse("  C-7 ")).isEqualTo(new Reference(7));
  }

  @Test
  void aRevisionReferenceReadsAsReferenceDotRevision() {
    assertThat(new Reference(42).at(2).toString()).isEqualTo("C-42.2");
    RevisionReference parsed = RevisionReference.parse("C-42.2");
    assertThat(parsed.contribution()).isEqualTo(new Reference(42));
    assertThat(parsed.revision()).isEqualTo(2);
  }

  @Test
  void theTextFormRoundTrips() {
    qt().forAll(longs().between(1, LARGEST_PARSABLE), integers().between(1, 999_999_999))
        .checkAssert(
            (number, revision) -> {
              Reference r = new Reference(number);
              assertThat(Reference.parse(r.toString())).isEqualTo(r);
              assertThat(RevisionReference.parse(r.at(revision).toString()))
                  .isEqualTo(r.at(revision));
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "C", "C-", "C-0", "C-01", "c-1", "C 1", "C--1", "X-1", "C-1.2", "C-1a"})
  void anythingElseIsNotAReference(String text) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> Reference.parse(text));
    assertThat(e).isNotNull();
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("reference.format");
              assertThat(v.path()).isEqualTo("reference");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "C-1", "C-1.", "C-1.0", "C-1.01", "C-0.1", "C-1.2.3", "C-1,2"})
  void anythingElseIsNotARevisionReference(String text) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> RevisionReference.parse(text));
    assertThat(e).isNotNull();
    assertThat(e.violations().get(0).code()).isEqualTo("reference.format");
  }

  @Test
  void nullIsNotAReference() {
    assertThat(
            catchThrowableOfType(InvalidInputException.class, () -> Reference.parse(null))
                .violations()
                .get(0)
                .code())
        .isEqualTo("reference.format");
  }

  @Test
  void numbersStartAtOne() {
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> new Reference(0)))
        .isNotNull();
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> new Reference(-3)))
        .isNotNull();
    assertThat(
            catchThrowableOfType(InvalidInputException.class, () -> new Reference(1).at(0))
                .violations()
                .get(0)
                .code())
        .isEqualTo("min");
  }
}
