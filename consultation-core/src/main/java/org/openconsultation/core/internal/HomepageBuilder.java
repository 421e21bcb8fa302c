package org.openconsultation.core.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.report.ConsultationSummary;
import org.openconsultation.core.report.Homepage;
import org.openconsultation.core.report.NewsBrief;

/** Builds a consultation's homepage data in one read. */
final class HomepageBuilder {

  /** The most news items one homepage asks for. */
  static final int MAX_NEWS_ITEMS = 100;

  private final EngineContext context;
  private final Guard guard;
  private final Results results;

  HomepageBuilder(EngineContext context, Guard guard, Results results) {
    this.context = context;
    this.guard = guard;
    this.results = results;
  }

  Homepage build(Actor actor, ConsultationId id, int newsItems) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "consultation");
    if (newsItems < 0 || newsItems > MAX_NEWS_ITEMS) {
      throw ReportMessages.invalid(actor.locale(), "news-items", "newsItems", MAX_NEWS_ITEMS);
    }
    return context.read(
        actor,
        () -> {
          Consultation c = guard.consultation(actor, id);
          Instant now = context.now();
          ZoneId zone = c.schedule().zone();
          List<NewsBrief> news =
              context.store().news().list(c.id()).stream()
                  .limit(newsItems)
                  .map(
                      n -> new NewsBrief(n.id(), n.title(), n.body(), n.publishedAt().atZone(zone)))
                  .toList();
          return new Homepage(
              ConsultationSummary.of(c, now),
              news,
              context.store().milestones().list(c.id()),
              new ReportFacts(context, c).keyFigures(results.visible(actor, c)),
              now.atZone(zone));
        });
  }
}
