package org.openconsultation.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.RevisionReference;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;
import org.openconsultation.core.ranking.RankingContext;
import org.openconsultation.core.ranking.RankingEntry;
import org.openconsultation.core.ranking.RankingItem;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.ranking.WeightedRule;
import org.openconsultation.core.report.ConsultationSummary;
import org.openconsultation.core.report.RankedContribution;
import org.openconsultation.core.report.SynthesisOptions;
import org.openconsultation.core.report.SynthesisReport;
import org.openconsultation.core.report.ThemeFigures;
import org.openconsultation.core.report.ThemeSection;
import org.openconsultation.core.report.WorkshopSummary;
import org.openconsultation.core.spi.ContributionFilter;

/**
 * Builds a synthesis in one read: the published contributions of each theme ranked as {@code
 * rankings().rank} ranks them (same items, tallies, comment counts, rule and seed), with their
 * figures, workshops and permalinks.
 */
final class SynthesisBuilder {

  private final EngineContext context;
  private final Guard guard;
  private final Results results;

  SynthesisBuilder(EngineContext context, Guard guard, Results results) {
    this.context = context;
    this.guard = guard;
    this.results = results;
  }

  SynthesisReport build(Actor actor, ConsultationId id, SynthesisOptions options) {
    Objects.requireNonNull(id, "consultation");
    Objects.requireNonNull(options, "options");
    return context.read(
        actor,
        () -> {
          Consultation c = guard.consultation(actor, id);
          results.requireVisible(actor, c);
          RankingRule rule = rule(actor, c, options);
          Instant now = context.now();
          Data data = load(c);
          RankingContext ranking =
              new RankingContext(
                  now, c.settings(), RankingService.seed(c.id(), actor.participant()));
          List<ThemeSection> sections = new ArrayList<>();
          for (Theme theme : context.store().themes().list(c.id())) {
            sections.add(section(c, theme, data, rule, ranking));
          }
          return new SynthesisReport(
              actor.locale(),
              ConsultationSummary.of(c, now),
              rule.name(),
              rule.version(),
              rule.parameters(),
              now.atZone(c.schedule().zone()),
              data.facts().keyFigures(true),
              sections);
        });
  }

  private RankingRule rule(Actor actor, Consultation c, SynthesisOptions options) {
    String requested = options.rule();
    String name = requested != null ? requested : c.settings().defaultRankingRule();
    RankingRule found =
        context
            .rules()
            .find(name)
            .orElseThrow(() -> Guard.invalid(actor, "ranking.rule", "rule", name));
    return WeightedRule.of(found, options.collective());
  }

  private record Data(
      ReportFacts facts,
      Map<ContributionId, Tally> tallies,
      Map<ContributionId, Long> comments,
      Map<ThemeId, List<Contribution>> byTheme) {

    Tally tally(ContributionId id) {
      return tallies.getOrDefault(id, Tally.empty(id));
    }

    long comments(ContributionId id) {
      return comments.getOrDefault(id, 0L);
    }
  }

  private Data load(Consultation c) {
    Map<ContributionId, Tally> tallies = new HashMap<>();
    context.store().ballots().forEachTally(c.id(), t -> tallies.put(t.contributionId(), t));
    Map<ContributionId, Long> comments = new HashMap<>();
    context
        .store()
        .comments()
        .forEach(
            c.id(),
            EnumSet.of(PublicationStatus.PUBLISHED),
            x -> comments.merge(x.contributionId(), 1L, Long::sum));
    Map<ThemeId, List<Contribution>> byTheme = new HashMap<>();
    context
        .store()
        .contributions()
        .forEach(
            c.id(),
            ContributionFilter.published(),
            x -> byTheme.computeIfAbsent(x.themeId(), t -> new ArrayList<>()).add(x));
    return new Data(new ReportFacts(context, c), tallies, comments, byTheme);
  }

  private ThemeSection section(
      Consultation c, Theme theme, Data data, RankingRule rule, RankingContext ranking) {
    List<Contribution> contributions = data.byTheme().getOrDefault(theme.id(), List.of());
    Map<ContributionId, Contribution> byId = new HashMap<>();
    List<RankingItem> items = new ArrayList<>();
    Map<ContributionKind, Long> perKind = new EnumMap<>(ContributionKind.class);
    long comments = 0;
    long supports = 0;
    for (Contribution x : contributions) {
      byId.put(x.id(), x);
      items.add(RankingItem.of(x, data.tally(x.id()), data.comments(x.id())));
      perKind.merge(x.kind(), 1L, Long::sum);
      comments += data.comments(x.id());
      supports += data.tally(x.id()).supports();
    }
    List<RankedContribution> ranked = new ArrayList<>();
    for (RankingEntry e : rule.rank(items, ranking)) {
      ranked.add(ranked(c, e, byId.get(e.contribution()), data));
    }
    List<WorkshopSummary> workshops = workshops(theme.id(), contributions, data.facts());
    long attendees = workshops.stream().mapToLong(WorkshopSummary::attendeeCount).sum();
    return new ThemeSection(
        theme.id(),
        theme.title(),
        theme.description(),
        new ThemeFigures(perKind, comments, supports, workshops.size(), attendees),
        ranked,
        workshops);
  }

  private RankedContribution ranked(Consultation c, RankingEntry e, Contribution x, Data data) {
    RevisionReference citation = x.reference().at(x.revision());
    WorkshopId workshop =
        x.provenance() instanceof Provenance.Collective collective ? collective.workshop() : null;
    return new RankedContribution(
        e.rank(),
        x.reference(),
        citation,
        x.title(),
        x.body(),
        x.kind(),
        data.facts().attribution(x),
        workshop,
        data.tally(x.id()).supports(),
        data.comments(x.id()),
        e.score(),
        e.explanation(),
        context.permalinks().link(c, citation));
  }

  /** The workshops that worked on the theme or gave it a collective contribution, by date. */
  private static List<WorkshopSummary> workshops(
      ThemeId theme, List<Contribution> contributions, ReportFacts facts) {
    Map<WorkshopId, List<Reference>> references = new HashMap<>();
    for (Contribution x : contributions) {
      if (x.provenance() instanceof Provenance.Collective collective) {
        references
            .computeIfAbsent(collective.workshop(), w -> new ArrayList<>())
            .add(x.reference());
      }
    }
    List<WorkshopSummary> found = new ArrayList<>();
    for (Workshop w : facts.workshops()) {
      List<Reference> refs = references.getOrDefault(w.id(), List.of());
      if (w.themes().contains(theme) || !refs.isEmpty()) {
        found.add(
            new WorkshopSummary(
                w.id(),
                w.title(),
                w.heldAt(),
                w.place().name(),
                w.place().territory(),
                w.attendeeCount(),
                refs));
      }
    }
    return found;
  }
}
