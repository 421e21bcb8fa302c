package org.openconsultation.examples.portal.view;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ModerationDecision;
import org.openconsultation.core.model.PublicationStatus;

/**
 * The moderation queue: content awaiting approval or reported, with the reports, and the decisions
 * taken so far.
 *
 * @param items what waits for a decision, oldest first
 * @param decisions the decisions taken, newest first
 */
public record ModerationView(List<Item> items, List<Decision> decisions) {

  /** Copies the lists. */
  public ModerationView {
    items = List.copyOf(items);
    decisions = List.copyOf(decisions);
  }

  /**
   * A contribution or comment waiting for a decision.
   *
   * @param kind {@code contribution} or {@code comment}
   * @param target the content's id
   * @param label its title, or the start of a comment
   * @param link where it is shown
   * @param status its status now
   * @param reports the reports on it, oldest first
   */
  public record Item(
      String kind,
      String target,
      String label,
      @Nullable String link,
      PublicationStatus status,
      List<Report> reports) {

    /** Copies the reports. */
    public Item {
      reports = List.copyOf(reports);
    }
  }

  /**
   * A report.
   *
   * @param reporter who reported
   * @param reason why
   * @param at when
   */
  public record Report(String reporter, String reason, Instant at) {}

  /**
   * A decision taken.
   *
   * @param decision the decision
   * @param label the content it was about
   * @param moderator who took it; the engine's automatic hiding when null
   */
  public record Decision(ModerationDecision decision, String label, @Nullable String moderator) {}
}
