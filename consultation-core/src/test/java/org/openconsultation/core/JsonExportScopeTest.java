package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openconsultation.core.JsonExportFixture.KEYED;
import static org.openconsultation.core.JsonExportFixture.records;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.PhaseException;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;

/** What the JSON exports let out: hidden content, hidden results, and participants' names. */
class JsonExportScopeTest {

  private final Scene s = new Scene();
  private final JsonExportFixture exports = new JsonExportFixture(s.engine);

  private void hide(ContentRef target) {
    s.engine
        .moderation()
        .decide(s.w.moderator, new Moderate(s.c, target, ModerationAction.HIDE, "Hors sujet"));
  }

  @Test
  void hiddenContentIsNotExportedToAVisitorButIsToTheOrganiser() {
    s.engine.votes().cast(s.w.erin, new CastBallot(s.c, s.bobIdea.id(), Ballot.support()));
    hide(ContentRef.of(s.bobIdea.id()));

    JsonNode visitor = exports.document(s.w.visitor, s.c, KEYED);
    JsonNode organiser = exports.document(s.w.organiser, s.c, KEYED);

    assertThat(records(visitor.get("contributions"), Contribution.class))
        .extracting(Contribution::id)
        .containsExactly(s.aliceIdea.id(), s.collective.id());
    assertThat(records(visitor.get("revisions"), Revision.class))
        .extracting(Revision::contributionId)
        .containsExactly(s.aliceIdea.id(), s.collective.id());
    assertThat(records(visitor.get("comments"), Comment.class))
        .extracting(Comment::id)
        .containsExactly(s.bobOnAlice.id());
    assertThat(records(visitor.get("ballots"), BallotRecord.class))
        .extracting(BallotRecord::contributionId)
        .containsExactly(s.aliceIdea.id());
    assertThat(records(visitor.get("tallies"), Tally.class))
        .extracting(Tally::contributionId)
        .containsExactly(s.aliceIdea.id());
    assertThat(records(organiser.get("contributions"), Contribution.class))
        .extracting(Contribution::status)
        .containsExactly(
            PublicationStatus.PUBLISHED, PublicationStatus.HIDDEN, PublicationStatus.PUBLISHED);
    assertThat(organiser.get("comments")).hasSize(2);
    assertThat(organiser.get("ballots")).hasSize(2);
    assertThat(records(organiser.get("tallies"), Tally.class))
        .extracting(Tally::contributionId)
        .containsExactly(s.aliceIdea.id(), s.bobIdea.id());
    assertThat(exports.lines(s.w.visitor, s.c, ExportTable.CONTRIBUTIONS, KEYED)).hasSize(2);
  }

  @Test
  void aReplyToAHiddenCommentIsExportedWithoutItsParentToAVisitor() {
    Comment reply =
        s.engine
            .comments()
            .post(
                s.w.carol,
                new PostComment(s.c, s.aliceIdea.id(), s.bobOnAlice.id(), "Pourquoi ?", null));
    hide(ContentRef.of(s.bobOnAlice.id()));

    Comment forVisitor =
        JsonExportFixture.read(
            exports.lines(s.w.visitor, s.c, ExportTable.COMMENTS, KEYED).get(1), Comment.class);
    Comment forOrganiser =
        JsonExportFixture.read(
            exports.lines(s.w.organiser, s.c, ExportTable.COMMENTS, KEYED).get(2), Comment.class);

    assertThat(forVisitor.id()).isEqualTo(reply.id());
    assertThat(forVisitor.parent()).isNull();
    assertThat(forOrganiser.id()).isEqualTo(reply.id());
    assertThat(forOrganiser.parent()).isEqualTo(s.bobOnAlice.id());
  }

  @Test
  void ballotsAndTalliesAreLeftOutWhileResultsAreHiddenAndComeOnceClosed() {
    ConsultationId hidden =
        s.w.open(ConsultationSettings.defaults().withResultsHiddenUntilClose(true));
    ThemeId theme = s.w.theme(hidden, "Budget");
    s.w.register(s.w.alice, hidden);
    s.w.register(s.w.bob, hidden);
    Contribution idea = s.w.submit(s.w.alice, hidden, theme, "Budget participatif");
    s.engine.votes().cast(s.w.bob, new CastBallot(hidden, idea.id(), Ballot.support()));

    JsonNode whileOpen = exports.document(s.w.visitor, hidden, KEYED);

    assertThat(whileOpen.has("ballots")).isFalse();
    assertThat(whileOpen.has("tallies")).isFalse();
    assertThat(whileOpen.get("contributions")).hasSize(1);
    for (ExportTable results : Set.of(ExportTable.BALLOTS, ExportTable.TALLIES)) {
      assertThatThrownBy(
              () ->
                  s.engine
                      .exports()
                      .jsonLines(s.w.visitor, hidden, results, new ByteArrayOutputStream(), KEYED))
          .isInstanceOfSatisfying(
              PhaseException.class, e -> assertThat(e.code()).isEqualTo("results-hidden"));
    }
    assertThat(exports.document(s.w.organiser, hidden, KEYED).get("ballots")).hasSize(1);

    s.w.clock.advance(Duration.ofDays(31));

    assertThat(exports.document(s.w.visitor, hidden, KEYED).get("ballots")).hasSize(1);
    assertThat(exports.lines(s.w.visitor, hidden, ExportTable.TALLIES, KEYED)).hasSize(1);
  }

  @Test
  void aParticipantHasOnePseudonymWithinAnExportAndAnotherInTheNext() {
    ExportOptions defaults = ExportOptions.defaults();
    JsonNode first = exports.document(s.w.visitor, s.c, defaults);
    JsonNode second = exports.document(s.w.visitor, s.c, defaults);

    String aliceAsAuthor = first.get("contributions").get(0).get("author").textValue();
    String aliceAsCommenter = first.get("comments").get(1).get("author").textValue();

    assertThat(aliceAsAuthor).matches("p-[0-9a-f]{20}").isEqualTo(aliceAsCommenter);
    assertThat(second.get("contributions").get(0).get("author").textValue())
        .matches("p-[0-9a-f]{20}")
        .isNotEqualTo(aliceAsAuthor);
  }

  @Test
  void noStoredParticipantIdIsWrittenUnderDefaultPseudonyms() {
    JsonNode doc = exports.document(s.w.organiser, s.c, ExportOptions.defaults());
    Workshop workshop = JsonExportFixture.read(doc.get("workshops").get(0), Workshop.class);
    List<String> texts = new ArrayList<>();
    collectTexts(doc, texts);

    assertThat(texts)
        .isNotEmpty()
        .doesNotContainAnyElementsOf(s.w.castIds().stream().map(ParticipantId::value).toList());
    assertThat(workshop.organiser().value()).startsWith("p-");
    assertThat(workshop.facilitators()).hasSize(1).allMatch(f -> f.value().startsWith("p-"));
  }

  private static void collectTexts(JsonNode node, List<String> texts) {
    if (node.isTextual()) {
      texts.add(node.textValue());
    }
    node.forEach(child -> collectTexts(child, texts));
  }
}
