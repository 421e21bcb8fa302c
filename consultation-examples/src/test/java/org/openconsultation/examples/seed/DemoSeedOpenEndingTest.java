package org.openconsultation.examples.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.examples.story.StoryClock;

/** The seed stopped before the early close: the same story, the consultation left open. */
class DemoSeedOpenEndingTest {

  private final StoryClock clock = DemoSeed.clock();
  private final ConsultationEngine engine =
      ConsultationEngine.builder().store(new InMemoryStore()).clock(clock).build();
  private final DemoConsultation demo = DemoSeed.seed(engine, clock, DemoSeed.Ending.OPEN);

  @Test
  void theConsultationIsLeftOpenUntilItsScheduledEnd() {
    Consultation c = engine.consultations().get(Actor.visitor(), demo.id());

    assertThat(engine.consultations().phase(demo.id())).isEqualTo(Phase.OPEN);
    assertThat(c.lifecycle().closeReason()).isNull();
    assertThat(c.effectiveClosing()).isEqualTo(c.schedule().closesAt());
    assertThat(clock.instant()).isBefore(demo.closedAt());
  }

  @Test
  void theStoryStopsBeforeTheCloseWithTheSameContributions() {
    Seeded full = Seeded.get();
    List<Contribution> mine =
        engine.contributions().list(demo.organiser().actor(), demo.id(), Seeded.all());

    assertThat(mine)
        .extracting(Contribution::title)
        .containsExactlyElementsOf(full.contributions.stream().map(Contribution::title).toList());
    assertThat(engine.news().list(Actor.visitor(), demo.id()))
        .extracting(NewsItem::publishedAt)
        .allMatch(at -> at.isBefore(demo.closedAt()));
    assertThat(engine.milestones().timeline(Actor.visitor(), demo.id()))
        .filteredOn(m -> m.date().equals(demo.closedAt().atZone(clock.getZone()).toLocalDate()))
        .extracting(Milestone::status)
        .containsExactly(MilestoneStatus.PLANNED);
  }

  @Test
  void peopleCanStillVote() {
    Contribution target =
        engine
            .contributions()
            .list(Actor.visitor(), demo.id(), ContributionFilter.published())
            .get(0);
    DemoPerson voter = demo.participants().get(5);

    engine.votes().cast(voter.actor(), new CastBallot(demo.id(), target.id(), Ballot.support()));

    assertThat(engine.votes().ballot(voter.actor(), demo.id(), target.id())).isPresent();
  }
}
