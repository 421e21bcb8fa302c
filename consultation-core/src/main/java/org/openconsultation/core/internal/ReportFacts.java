package org.openconsultation.core.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;
import org.openconsultation.core.report.KeyFigures;
import org.openconsultation.core.spi.ContributionFilter;

/** What several reports read the same way: key figures and who a contribution speaks for. */
final class ReportFacts {

  private final EngineContext context;
  private final Consultation consultation;
  private final List<Workshop> workshopList;
  private final Map<WorkshopId, Workshop> workshops = new HashMap<>();
  private final Map<ParticipantId, String> names = new HashMap<>();

  /** Facts of one consultation, read within the caller's transaction. */
  ReportFacts(EngineContext context, Consultation consultation) {
    this.context = context;
    this.consultation = consultation;
    this.workshopList = context.store().workshops().list(consultation.id());
    for (Workshop w : workshopList) {
      workshops.put(w.id(), w);
    }
  }

  /** The consultation's workshops, by date. */
  List<Workshop> workshops() {
    return workshopList;
  }

  /**
   * The key figures: published contributions per kind, published comments on them, workshops and
   * attendees, registrations, and the supports on published contributions when {@code
   * resultsVisible}.
   */
  KeyFigures keyFigures(boolean resultsVisible) {
    Map<ContributionKind, Long> perKind = new EnumMap<>(ContributionKind.class);
    Set<ContributionId> published = new HashSet<>();
    context
        .store()
        .contributions()
        .forEach(
            consultation.id(),
            ContributionFilter.published(),
            x -> {
              perKind.merge(x.kind(), 1L, Long::sum);
              published.add(x.id());
            });
    long[] comments = {0};
    context
        .store()
        .comments()
        .forEach(
            consultation.id(),
            Set.of(PublicationStatus.PUBLISHED),
            x -> comments[0] += published.contains(x.contributionId()) ? 1 : 0);
    Long supports = null;
    if (resultsVisible) {
      long[] sum = {0};
      context
          .store()
          .ballots()
          .forEachTally(
              consultation.id(),
              t -> sum[0] += published.contains(t.contributionId()) ? t.supports() : 0);
      supports = sum[0];
    }
    long attendees = workshopList.stream().mapToLong(Workshop::attendeeCount).sum();
    return new KeyFigures(
        context.store().participants().count(consultation.id()),
        perKind,
        comments[0],
        workshopList.size(),
        attendees,
        supports);
  }

  /**
   * Who a contribution speaks for: the organisation, the workshop's title, the person a facilitator
   * wrote for, or the author's public name; empty if none is known.
   */
  String attribution(Contribution x) {
    Provenance p = x.provenance();
    if (p instanceof Provenance.Institutional i) {
      return i.organisation();
    }
    if (p instanceof Provenance.Collective c) {
      @Nullable Workshop w = workshops.get(c.workshop());
      return w == null ? "" : w.title();
    }
    Provenance.Assistance assistance = p instanceof Provenance.Individual i ? i.assistance() : null;
    if (assistance != null) {
      return assistance.onBehalfOf();
    }
    return names.computeIfAbsent(
        x.author(),
        id ->
            context
                .store()
                .participants()
                .find(consultation.id(), id)
                .map(Participant::displayName)
                .orElse(""));
  }
}
