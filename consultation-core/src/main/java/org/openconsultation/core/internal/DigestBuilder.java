package org.openconsultation.core.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.report.ConsultationSummary;
import org.openconsultation.core.report.Digest;
import org.openconsultation.core.report.DigestEntry;
import org.openconsultation.core.report.DigestSection;
import org.openconsultation.core.spi.ContributionFilter;

/**
 * Builds a digest in one read over the period from {@code since} to the engine clock's now: new
 * published contributions by reference; published contributions by supports received (ballots that
 * count as a support, cast or last changed during the period), then by comments posted during it,
 * most first, ties by reference.
 */
final class DigestBuilder {

  /** The most entries one section may hold. */
  static final int MAX_PER_SECTION = 100;

  private final EngineContext context;
  private final Guard guard;
  private final Results results;

  DigestBuilder(EngineContext context, Guard guard, Results results) {
    this.context = context;
    this.guard = guard;
    this.results = results;
  }

  Digest build(Actor actor, ConsultationId id, Instant since, int perSection) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "consultation");
    Objects.requireNonNull(since, "since");
    if (perSection < 1 || perSection > MAX_PER_SECTION) {
      throw ReportMessages.invalid(actor.locale(), "per-section", "perSection", MAX_PER_SECTION);
    }
    return context.read(
        actor,
        () -> {
          Consultation c = guard.consultation(actor, id);
          Instant now = context.now();
          if (!since.isBefore(now)) {
            throw ReportMessages.invalid(actor.locale(), "since", "since", now.toString());
          }
          Period period = new Period(c, since, now, new ReportFacts(context, c), themes(c));
          boolean visible = results.visible(actor, c);
          return new Digest(
              actor.locale(),
              ConsultationSummary.of(c, now),
              since.atZone(period.zone()),
              now.atZone(period.zone()),
              period.newContributions(perSection),
              visible ? period.mostSupported(perSection) : DigestSection.empty(),
              period.mostDebated(perSection),
              visible);
        });
  }

  private Map<ThemeId, String> themes(Consultation c) {
    Map<ThemeId, String> titles = new HashMap<>();
    for (Theme t : context.store().themes().list(c.id())) {
      titles.put(t.id(), t.title());
    }
    return titles;
  }

  /** The published contributions and what happened to them during the period. */
  private final class Period {

    private final Consultation consultation;
    private final Instant since;
    private final Instant until;
    private final ReportFacts facts;
    private final Map<ThemeId, String> themes;
    private final Map<ContributionId, Contribution> published = new LinkedHashMap<>();

    Period(
        Consultation consultation,
        Instant since,
        Instant until,
        ReportFacts facts,
        Map<ThemeId, String> themes) {
      this.consultation = consultation;
      this.since = since;
      this.until = until;
      this.facts = facts;
      this.themes = themes;
      context
          .store()
          .contributions()
          .forEach(
              consultation.id(), ContributionFilter.published(), x -> published.put(x.id(), x));
    }

    ZoneId zone() {
      return consultation.schedule().zone();
    }

    private boolean during(Instant t) {
      return !t.isBefore(since) && t.isBefore(until);
    }

    DigestSection newContributions(int limit) {
      List<Contribution> fresh =
          published.values().stream().filter(x -> during(x.submittedAt())).toList();
      List<DigestEntry> entries = new ArrayList<>();
      for (Contribution x : fresh.subList(0, Math.min(limit, fresh.size()))) {
        entries.add(entry(x, 0));
      }
      return new DigestSection(fresh.size(), entries);
    }

    DigestSection mostSupported(int limit) {
      Map<ContributionId, Long> counts = new HashMap<>();
      context
          .store()
          .ballots()
          .forEachBallot(
              consultation.id(),
              b -> {
                if (b.ballot().countsTowardLimit()
                    && during(b.updatedAt())
                    && published.containsKey(b.contributionId())) {
                  counts.merge(b.contributionId(), 1L, Long::sum);
                }
              });
      return top(counts, limit);
    }

    DigestSection mostDebated(int limit) {
      Map<ContributionId, Long> counts = new HashMap<>();
      context
          .store()
          .comments()
          .forEach(
              consultation.id(),
              EnumSet.of(PublicationStatus.PUBLISHED),
              x -> {
                if (during(x.postedAt()) && published.containsKey(x.contributionId())) {
                  counts.merge(x.contributionId(), 1L, Long::sum);
                }
              });
      return top(counts, limit);
    }

    private DigestSection top(Map<ContributionId, Long> counts, int limit) {
      Comparator<Map.Entry<ContributionId, Long>> order =
          Comparator.<Map.Entry<ContributionId, Long>>comparingLong(Map.Entry::getValue)
              .reversed()
              .thenComparingLong(e -> published.get(e.getKey()).reference().number());
      List<DigestEntry> entries =
          counts.entrySet().stream()
              .sorted(order)
              .limit(limit)
              .map(e -> entry(published.get(e.getKey()), e.getValue()))
              .toList();
      return new DigestSection(counts.size(), entries);
    }

    private DigestEntry entry(Contribution x, long count) {
      return new DigestEntry(
          x.reference(),
          x.title(),
          themes.getOrDefault(x.themeId(), ""),
          x.kind(),
          facts.attribution(x),
          x.submittedAt().atZone(zone()),
          count,
          context.permalinks().link(consultation, x.reference()));
    }
  }
}
