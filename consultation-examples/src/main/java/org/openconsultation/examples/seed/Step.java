package org.openconsultation.examples.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.openconsultation.core.model.MilestoneStatus;

/**
 * One action of the seed, at an instant. The planner writes the steps, sorts them by time and the
 * player performs them against the engine; a step never comes before what it refers to.
 */
sealed interface Step {

  /** When it happens. */
  Instant at();

  /** A participant registers. */
  record Join(Instant at, DemoPerson who) implements Step {}

  /** A facilitator records a workshop held earlier. */
  record Hold(Instant at, Site site) implements Step {}

  /** A contribution is submitted. */
  record Submit(Instant at, Draft draft) implements Step {}

  /** The author of a contribution edits it. */
  record Revise(Instant at, Draft draft, String title, String body, String note) implements Step {}

  /** A comment is posted. */
  record Post(Instant at, Note note) implements Step {}

  /** A participant supports a contribution. */
  record Support(Instant at, DemoPerson voter, Draft draft) implements Step {}

  /** A participant reports a contribution or a comment. */
  record Report(Instant at, DemoPerson reporter, Content target, String reason) implements Step {}

  /** A moderator hides a contribution or a comment. */
  record Hide(Instant at, DemoPerson moderator, Content target, String reason) implements Step {}

  /** The organiser publishes a news brief; its body may quote the figures so far. */
  record Brief(Instant at, String title, Function<Progress, String> body) implements Step {}

  /** The organiser updates a milestone of the timeline, given by its position. */
  record Mark(
      Instant at,
      int milestone,
      String label,
      String description,
      LocalDate date,
      MilestoneStatus status)
      implements Step {}

  /** The organiser closes the consultation before its scheduled end. */
  record Close(Instant at, String reason) implements Step {}
}
