package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openconsultation.core.JsonExportFixture.KEYED;
import static org.openconsultation.core.JsonExportFixture.records;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.export.ExportSummary;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.Pseudonyms;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.Workshop;

/** The JSON document and JSON Lines: their layout, their rows and the order of the rows. */
class JsonExportTest {

  /** The order of a SQL uuid column, which the stores stream ballots in. */
  private static final Comparator<UUID> UNSIGNED =
      (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0
            ? high
            : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
      };

  private final Scene s = new Scene();
  private final JsonExportFixture exports = new JsonExportFixture(s.engine);

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void theDocumentHasTheFixedLayoutAndItsArraysReadBackAsModelRecords() {
    JsonNode doc = exports.document(s.w.organiser, s.c, KEYED);

    assertThat(names(doc))
        .containsExactly(
            "format",
            "version",
            "consultation",
            "themes",
            "contributions",
            "revisions",
            "workshops",
            "comments",
            "ballots",
            "tallies");
    assertThat(doc.get("format").textValue()).isEqualTo("openconsultation");
    assertThat(doc.get("version").intValue()).isEqualTo(1);
    assertThat(JsonExportFixture.read(doc.get("consultation"), Consultation.class).id())
        .isEqualTo(s.c);
    assertThat(records(doc.get("themes"), Theme.class))
        .extracting(Theme::id)
        .containsExactly(s.mobility, s.housing);
    assertThat(records(doc.get("contributions"), Contribution.class))
        .extracting(Contribution::id)
        .containsExactly(s.aliceIdea.id(), s.bobIdea.id(), s.collective.id());
    assertThat(records(doc.get("revisions"), Revision.class)).hasSize(3);
    assertThat(records(doc.get("workshops"), Workshop.class))
        .extracting(Workshop::id)
        .containsExactly(s.workshop.id());
    assertThat(records(doc.get("comments"), Comment.class))
        .extracting(Comment::id)
        .containsExactly(s.bobOnAlice.id(), s.aliceOnBob.id());
    assertThat(records(doc.get("ballots"), BallotRecord.class))
        .extracting(BallotRecord::ballot)
        .containsExactly(Ballot.support());
    assertThat(records(doc.get("tallies"), Tally.class))
        .containsExactly(new Tally(s.aliceIdea.id(), 1, 0, 0, List.of()));
  }

  @Test
  void eachJsonLinesTableHoldsTheRowsOfTheDocumentsArrayOneLineEach() {
    JsonNode doc = exports.document(s.w.organiser, s.c, KEYED);

    for (ExportTable table : ExportTable.values()) {
      List<JsonNode> expected = new ArrayList<>();
      doc.get(table.fileStem()).forEach(expected::add);

      assertThat(exports.lines(s.w.organiser, s.c, table, KEYED))
          .as(table.fileStem())
          .isNotEmpty()
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void theSummaryCountsTheRowsOfEveryTableWritten() {
    ExportSummary summary =
        s.engine.exports().json(s.w.organiser, s.c, new ByteArrayOutputStream(), KEYED);

    assertThat(summary.rows(ExportTable.CONTRIBUTIONS)).isEqualTo(3);
    assertThat(summary.rows(ExportTable.COMMENTS)).isEqualTo(2);
    assertThat(summary.rows(ExportTable.BALLOTS)).isEqualTo(1);
    assertThat(summary.rows(ExportTable.TALLIES)).isEqualTo(1);
    assertThat(summary.rows().keySet()).containsExactlyInAnyOrder(ExportTable.values());
    assertThat(
            s.engine
                .exports()
                .jsonLines(
                    s.w.visitor, s.c, ExportTable.THEMES, new ByteArrayOutputStream(), KEYED))
        .isEqualTo(ExportSummary.of(ExportTable.THEMES, 2));
  }

  @Test
  void revisionsComeByContributionReferenceThenNumber() {
    s.w.clock.advance(Duration.ofMinutes(5));
    s.engine
        .contributions()
        .edit(s.w.bob, new EditContribution(s.c, s.bobIdea.id(), "Plus de logements", "Oui", "v2"));
    s.engine
        .contributions()
        .edit(s.w.alice, new EditContribution(s.c, s.aliceIdea.id(), "Pistes", "Partout", ""));

    List<Revision> revisions =
        records(exports.document(s.w.visitor, s.c, KEYED).get("revisions"), Revision.class);

    assertThat(revisions)
        .extracting(r -> r.contributionId() + "/" + r.number())
        .containsExactly(
            s.aliceIdea.id() + "/1",
            s.aliceIdea.id() + "/2",
            s.bobIdea.id() + "/1",
            s.bobIdea.id() + "/2",
            s.collective.id() + "/1");
  }

  @Test
  void talliesComeByContributionReferenceWhateverTheOrderOfTheirIds() {
    Contribution earlier = stored(100, new UUID(-1L, 0));
    Contribution later = stored(101, new UUID(1L, 0));

    List<Tally> tallies =
        records(exports.document(s.w.visitor, s.c, KEYED).get("tallies"), Tally.class);

    assertThat(tallies)
        .extracting(Tally::contributionId)
        .containsExactly(s.aliceIdea.id(), earlier.id(), later.id());
  }

  /** A published contribution with one support, written to the store with the given id. */
  private Contribution stored(long reference, UUID id) {
    Contribution c =
        new Contribution(
            s.c,
            new ContributionId(id),
            new Reference(reference),
            s.mobility,
            s.w.alice.participant(),
            Provenance.individual(),
            "Titre " + reference,
            "Texte",
            null,
            null,
            PublicationStatus.PUBLISHED,
            1,
            TestWorld.T0,
            TestWorld.T0);
    s.w
        .store
        .contributions()
        .insert(c, new Revision(s.c, c.id(), 1, c.title(), c.body(), c.author(), "", TestWorld.T0));
    s.w
        .store
        .ballots()
        .put(
            new BallotRecord(
                s.c, c.id(), s.w.bob.participant(), Ballot.support(), TestWorld.T0, TestWorld.T0),
            0);
    return c;
  }

  @Test
  void commentsComeByPostingTimeAndBallotsByContributionThenParticipant() {
    s.w.clock.advance(Duration.ofMinutes(1));
    Comment later =
        s.engine
            .comments()
            .post(s.w.carol, new PostComment(s.c, s.aliceIdea.id(), null, "Et", null));
    s.engine.votes().cast(s.w.alice, new CastBallot(s.c, s.bobIdea.id(), Ballot.support()));
    s.engine.votes().cast(s.w.erin, new CastBallot(s.c, s.aliceIdea.id(), Ballot.support()));
    s.engine.votes().cast(s.w.bob, new CastBallot(s.c, s.aliceIdea.id(), Ballot.support()));

    JsonNode doc = exports.document(s.w.organiser, s.c, KEYED);
    Pseudonyms names = Pseudonyms.keyed(new byte[32]);
    Function<Actor, String> seat = a -> names.of(s.c, a.participant());
    List<List<String>> groups =
        new ArrayList<>(
            List.of(
                List.of(
                    s.aliceIdea.id() + " " + seat.apply(s.w.bob),
                    s.aliceIdea.id() + " " + seat.apply(s.w.carol),
                    s.aliceIdea.id() + " " + seat.apply(s.w.erin)),
                List.of(s.bobIdea.id() + " " + seat.apply(s.w.alice))));
    if (UNSIGNED.compare(s.aliceIdea.id().value(), s.bobIdea.id().value()) > 0) {
      Collections.reverse(groups);
    }

    assertThat(records(doc.get("comments"), Comment.class))
        .extracting(Comment::id)
        .containsExactly(s.bobOnAlice.id(), s.aliceOnBob.id(), later.id());
    assertThat(records(doc.get("ballots"), BallotRecord.class))
        .extracting(b -> b.contributionId() + " " + b.participant())
        .containsExactlyElementsOf(groups.stream().flatMap(List::stream).toList());
  }

  @Test
  void theCallersStreamIsFlushedAndLeftOpen() {
    List<String> calls = new ArrayList<>();
    OutputStream out =
        new OutputStream() {
          @Override
          public void write(int b) {}

          @Override
          public void flush() {
            calls.add("flush");
          }

          @Override
          public void close() {
            calls.add("close");
          }
        };

    s.engine.exports().json(s.w.visitor, s.c, out, KEYED);
    s.engine.exports().jsonLines(s.w.visitor, s.c, ExportTable.COMMENTS, out, KEYED);

    assertThat(calls).contains("flush").doesNotContain("close");
  }

  @Test
  void theDocumentIsUtf8WithOneLineFeedAtItsEnd() {
    String json = exports.json(s.w.visitor, s.c, KEYED);

    assertThat(json).endsWith("}\n").contains("\"title\":\"Mobilité\"");
    assertThat(json.indexOf('\n')).isEqualTo(json.length() - 1);
  }
}
