package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Catches the failure a call must raise. */
final class Failures {

  private Failures() {}

  /** Runs {@code call}, asserts it throws a {@code type}, and returns what it threw. */
  static <T extends Throwable> T thrown(Class<T> type, ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).as("expected a %s", type.getSimpleName()).isInstanceOf(type);
    return type.cast(t);
  }
}
