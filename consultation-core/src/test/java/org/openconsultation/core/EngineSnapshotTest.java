package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.AddMilestone;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.FlagContent;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.PublishNews;
import org.openconsultation.core.command.RetractBallot;
import org.openconsultation.core.command.UpdateProfile;
import org.openconsultation.core.command.UpdateSettings;
import org.openconsultation.core.command.UpdateTheme;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ParticipantKind;

/**
 * The snapshot the "nothing changed" assertions compare must see every kind of change, or those
 * assertions would prove nothing.
 */
class EngineSnapshotTest {

  @Test
  void aSnapshotOfAnUnchangedEngineEqualsTheLastOne() {
    Scene s = new Scene();
    assertThat(EngineSnapshot.of(s.w)).isEqualTo(EngineSnapshot.of(s.w));
  }

  @Test
  void aSnapshotSeesEveryKindOfChange() {
    List<Consumer<Scene>> changes =
        List.of(
            s -> s.w.submit(s.w.bob, s.c, s.mobility, "Encore une idée"),
            s ->
                s.engine
                    .contributions()
                    .edit(
                        s.w.alice,
                        new EditContribution(s.c, s.aliceIdea.id(), "Titre", "Texte", "")),
            s ->
                s.engine
                    .votes()
                    .cast(s.w.bob, new CastBallot(s.c, s.aliceIdea.id(), Ballot.support())),
            s -> s.engine.votes().retract(s.w.carol, new RetractBallot(s.c, s.aliceIdea.id())),
            s ->
                s.engine
                    .comments()
                    .post(s.w.carol, new PostComment(s.c, s.aliceIdea.id(), null, "Oui", null)),
            s -> s.w.register(s.w.dave, s.c),
            s ->
                s.engine
                    .participants()
                    .updateProfile(
                        s.w.alice,
                        new UpdateProfile(s.c, "Alice D.", ParticipantKind.PERSON, "75")),
            s ->
                s.engine
                    .moderation()
                    .flag(s.w.bob, new FlagContent(s.c, ContentRef.of(s.aliceIdea.id()), "Spam")),
            s ->
                s.engine
                    .moderation()
                    .decide(
                        s.w.moderator,
                        new Moderate(
                            s.c, ContentRef.of(s.bobIdea.id()), ModerationAction.HIDE, "Spam")),
            s -> s.engine.news().publish(s.w.organiser, new PublishNews(s.c, "Brève", "Texte")),
            s ->
                s.engine
                    .milestones()
                    .add(
                        s.w.organiser,
                        new AddMilestone(
                            s.c, "Bilan", "", LocalDate.of(2026, 7, 1), MilestoneStatus.PLANNED)),
            s -> s.w.workshop(s.w.facilitator, s.c, s.housing),
            s -> s.w.theme(s.c, "Santé"),
            s ->
                s.engine
                    .themes()
                    .update(s.w.organiser, new UpdateTheme(s.c, s.housing, "Logement", "", 0)),
            s ->
                s.engine
                    .consultations()
                    .updateSettings(
                        s.w.organiser,
                        new UpdateSettings(
                            s.c, ConsultationSettings.defaults().withSupportLimit(3))),
            s -> s.engine.consultations().publish(s.w.organiser, s.draft),
            s -> s.w.draft(ConsultationSettings.defaults(), s.w.openNow()));
    for (int i = 0; i < changes.size(); i++) {
      Scene s = new Scene();
      EngineSnapshot before = EngineSnapshot.of(s.w);
      changes.get(i).accept(s);
      assertThat(EngineSnapshot.of(s.w)).as("change #%s", i).isNotEqualTo(before);
    }
  }
}
