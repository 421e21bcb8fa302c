package org.openconsultation.examples.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openconsultation.examples.lab.Progress.Mode;

class ProgressTest {

  private static final long MS = 1_000_000L;

  private final AtomicLong clock = new AtomicLong(5_000 * MS);
  private final StringWriter printed = new StringWriter();

  private Progress progress(int total, Mode mode) {
    return new Progress("work", total, mode, clock::get, new PrintWriter(printed));
  }

  @Test
  void staysSilentDuringTheFirstSecond() {
    try (Progress bar = progress(3, Mode.AFTER_A_SECOND)) {
      clock.addAndGet(400 * MS);
      bar.step();
      clock.addAndGet(500 * MS);
      bar.step();
      bar.step();
    }

    assertThat(printed.toString()).isEmpty();
  }

  @Test
  void appearsOnceTheWorkHasLastedASecond() {
    try (Progress bar = progress(4, Mode.AFTER_A_SECOND)) {
      clock.addAndGet(600 * MS);
      bar.step();
      clock.addAndGet(600 * MS);
      bar.step();
      clock.addAndGet(300 * MS);
      bar.step();
      bar.step();
    }

    assertThat(printed.toString())
        .isEqualTo(
            "\rwork [############------------] 2/4  1.2 s"
                + "\rwork [##################------] 3/4  1.5 s"
                + "\rwork [########################] 4/4  1.5 s"
                + System.lineSeparator());
  }

  @Test
  void withProgressItShowsFromTheStartAndRedrawsAtMostTenTimesASecond() {
    try (Progress bar = progress(3, Mode.ALWAYS)) {
      clock.addAndGet(50 * MS);
      bar.step(); // 50 ms after the first drawing: skipped
      clock.addAndGet(100 * MS);
      bar.step();
      bar.step(); // the last step is always drawn
    }

    assertThat(printed.toString())
        .isEqualTo(
            "\rwork [------------------------] 0/3  0.0 s"
                + "\rwork [################--------] 2/3  0.2 s"
                + "\rwork [########################] 3/3  0.2 s"
                + System.lineSeparator());
  }

  @Test
  void neverDrawsWhenNotATerminal() {
    try (Progress bar = progress(1, Mode.NEVER)) {
      clock.addAndGet(5_000 * MS);
      bar.step();
    }

    assertThat(printed.toString()).isEmpty();
  }

  @Test
  void theModeFollowsTheOptionThenTheTerminal() {
    assertThat(Mode.of(true, false)).isEqualTo(Mode.ALWAYS);
    assertThat(Mode.of(false, true)).isEqualTo(Mode.AFTER_A_SECOND);
    assertThat(Mode.of(false, false)).isEqualTo(Mode.NEVER);
  }
}
