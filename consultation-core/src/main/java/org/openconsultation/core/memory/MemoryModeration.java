package org.openconsultation.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.DecisionId;
import org.openconsultation.core.model.Flag;
import org.openconsultation.core.model.FlagId;
import org.openconsultation.core.model.ModerationDecision;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.spi.ModerationRepository;

/**
 * Reports and decisions, listed oldest first then by id. Besides the reports, it keeps who reported
 * each piece of content, which refuses repeats and counts reporters at once.
 */
final class MemoryModeration implements ModerationRepository {

  private static final Comparator<Flag> FLAG_ORDER =
      Comparator.comparing(Flag::reportedAt).thenComparing(flag -> flag.id().value(), Order.UUIDS);
  private static final Comparator<ModerationDecision> DECISION_ORDER =
      Comparator.comparing(ModerationDecision::decidedAt)
          .thenComparing(decision -> decision.id().value(), Order.UUIDS);

  private final StoreLock lock;
  private final Table<FlagId, Flag> flags;
  private final Table<DecisionId, ModerationDecision> decisions;
  private final Map<ConsultationId, Map<ContentRef, Set<ParticipantId>>> reporters =
      new HashMap<>();

  MemoryModeration(StoreLock lock) {
    this.lock = lock;
    this.flags = new Table<>(lock, "flag", Flag::consultationId, Flag::id, FLAG_ORDER);
    this.decisions =
        new Table<>(
            lock,
            "decision",
            ModerationDecision::consultationId,
            ModerationDecision::id,
            DECISION_ORDER);
  }

  @Override
  public boolean insertFlag(Flag flag) {
    return lock.call(
        () -> {
          Set<ParticipantId> who =
              reporters
                  .computeIfAbsent(flag.consultationId(), c -> new HashMap<>())
                  .computeIfAbsent(flag.target(), t -> new HashSet<>());
          if (who.contains(flag.reporter())) {
            return false;
          }
          flags.insert(flag);
          who.add(flag.reporter());
          lock.undoOnRollback(() -> who.remove(flag.reporter()));
          return true;
        });
  }

  @Override
  public long countFlags(ConsultationId consultation, ContentRef target) {
    return lock.call(
        () ->
            (long)
                reporters
                    .getOrDefault(consultation, Map.of())
                    .getOrDefault(target, Set.of())
                    .size());
  }

  @Override
  public List<Flag> flags(ConsultationId consultation, ContentRef target) {
    return flags.list(consultation, flag -> flag.target().equals(target));
  }

  @Override
  public List<Flag> flags(ConsultationId consultation) {
    return flags.list(consultation);
  }

  @Override
  public void insertDecision(ModerationDecision decision) {
    decisions.insert(decision);
  }

  @Override
  public List<ModerationDecision> decisions(ConsultationId consultation, ContentRef target) {
    return decisions.list(consultation, decision -> decision.target().equals(target));
  }

  @Override
  public List<ModerationDecision> decisions(ConsultationId consultation) {
    return decisions.list(consultation);
  }
}
