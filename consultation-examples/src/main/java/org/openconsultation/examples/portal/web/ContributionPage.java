package org.openconsultation.examples.portal.web;

import io.javalin.http.Context;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.CommentThread;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.ResolvedReference;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.examples.portal.view.ContributionView;
import org.openconsultation.examples.seed.DemoPerson;

/**
 * A contribution at its permalink ({@code /c/{slug}/C-12}, or {@code /c/{slug}/C-12.2} for a cited
 * revision): body, history, citation reference, comment threads and vote controls.
 */
final class ContributionPage {

  private static final Pattern REFERENCE = Pattern.compile("C-[0-9]{1,18}(\\.[0-9]{1,9})?");

  private final Site site;

  ContributionPage(Site site) {
    this.site = site;
  }

  void show(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    String reference = ctx.pathParam("reference");
    if (!REFERENCE.matcher(reference).matches()) {
      throw new NotFoundException("portal.no-page", visit.texts().get("error.no-page"));
    }
    Consultation c = visit.consultation();
    Actor actor = visit.actor();
    ConsultationEngine engine = visit.engine();
    ResolvedReference resolved = engine.contributions().resolve(actor, c.id(), reference);
    Contribution x = resolved.contribution();
    Names names = new Names(visit);
    @Nullable Workshop workshop =
        x.provenance() instanceof Provenance.Collective collective
            ? engine.workshops().get(actor, c.id(), collective.workshop())
            : null;
    ContributionView view =
        new ContributionView(
            x,
            resolved.revision(),
            resolved.citation(),
            engine.themes().get(actor, c.id(), x.themeId()).title(),
            names.author(x),
            workshop,
            engine.contributions().revisions(actor, c.id(), x.id()),
            engine.comments().threads(actor, c.id(), x.id()).stream()
                .map(t -> node(t, names))
                .toList(),
            votes(visit, c, x),
            abilities(visit, c, x));
    visit.render(
        "contribution.jte", visit.page(resolved.revision().title(), "contributions"), view);
  }

  private static ContributionView.CommentNode node(CommentThread thread, Names names) {
    return new ContributionView.CommentNode(
        thread.comment(),
        names.person(thread.comment().author()),
        thread.replies().stream().map(r -> node(r, names)).toList());
  }

  private static ContributionView.Votes votes(Visit visit, Consultation c, Contribution x) {
    Actor actor = visit.actor();
    @Nullable Tally tally;
    try {
      tally = visit.engine().votes().tally(actor, c.id(), x.id());
    } catch (ForbiddenException hiddenUntilClose) {
      tally = null;
    }
    @Nullable String mine = null;
    @Nullable Long left = null;
    if (visit.person() != null && actor.has(Role.PARTICIPANT)) {
      mine =
          visit
              .engine()
              .votes()
              .ballot(actor, c.id(), x.id())
              .map(b -> b.ballot().value())
              .orElse(null);
      OptionalLong remaining = visit.engine().votes().supportsLeft(actor, c.id());
      left = remaining.isPresent() ? remaining.getAsLong() : null;
    }
    return new ContributionView.Votes(
        c.settings().voteMode(), c.settings().gradeCount(), tally, mine, left);
  }

  private static ContributionView.Abilities abilities(Visit visit, Consultation c, Contribution x) {
    @Nullable DemoPerson person = visit.person();
    if (person == null) {
      return new ContributionView.Abilities(false, false, false, false);
    }
    Actor actor = visit.actor();
    boolean open = visit.engine().consultations().phase(c.id()) == Phase.OPEN;
    boolean published = x.status() == PublicationStatus.PUBLISHED;
    boolean participant = actor.has(Role.PARTICIPANT);
    boolean author = x.author().equals(person.id());
    return new ContributionView.Abilities(
        open && published && participant && c.settings().has(Feature.VOTES),
        open && published && participant && c.settings().has(Feature.COMMENTS),
        published && participant && c.settings().has(Feature.FLAGS),
        open
            && author
            && x.status() != PublicationStatus.WITHDRAWN
            && (participant || actor.has(Role.FACILITATOR)));
  }
}
