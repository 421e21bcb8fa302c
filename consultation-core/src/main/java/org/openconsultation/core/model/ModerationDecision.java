package org.openconsultation.core.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A moderation decision, kept as a record of who did what and why.
 *
 * @param consultationId the consultation
 * @param id the identifier
 * @param target the content decided on
 * @param action approve, hide or restore
 * @param reason why
 * @param moderator who decided, or null when the engine hid the content automatically after reports
 * @param decidedAt when
 */
public record ModerationDecision(
    ConsultationId consultationId,
    DecisionId id,
    ContentRef target,
    ModerationAction action,
    String reason,
    @Nullable ParticipantId moderator,
    Instant decidedAt) {

  /** Checks that no required component is null. */
  public ModerationDecision {
    Objects.requireNonNull(consultationId, "consultationId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(decidedAt, "decidedAt");
  }

  /** Whether the engine took this decision automatically. */
  public boolean automatic() {
    return moderator == null;
  }
}
