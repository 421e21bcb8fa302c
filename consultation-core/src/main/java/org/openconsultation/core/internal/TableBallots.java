package org.openconsultation.core.internal;

import static org.openconsultation.core.internal.TableColumn.required;
import static org.openconsultation.core.internal.TableFieldType.DATETIME;
import static org.openconsultation.core.internal.TableFieldType.IDENTIFIER;
import static org.openconsultation.core.internal.TableFieldType.STRING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;

/**
 * The ballots table: one row per participant and contribution, participants pseudonymised, by
 * contribution then participant as stored; exported only while results are visible.
 */
final class TableBallots {

  private TableBallots() {}

  static TableDefinition<BallotRecord, BallotRecord> definition() {
    return new TableDefinition<BallotRecord, BallotRecord>(
        ExportTable.BALLOTS,
        "Ballots",
        "Every ballot on an exported contribution, its voter pseudonymised: the data from which"
            + " anyone can recount the tallies.",
        List.of(
            required(
                "contribution_id",
                IDENTIFIER,
                "The contribution voted on.",
                (x, b) -> b.contributionId().toString()),
            required(
                "participant",
                STRING,
                "Who voted, pseudonymised.",
                (x, b) -> x.participant(b.participant())),
            TableColumn.<BallotRecord>required(
                    "value",
                    STRING,
                    "The ballot: support, for, against, neutral, approval, or grade-0 (the worst) to"
                        + " grade-9 on a majority-judgment scale.",
                    (x, b) -> b.ballot().value())
                .oneOf(values()),
            required(
                "cast_at",
                DATETIME,
                "When it was first cast (UTC).",
                (x, b) -> TableCells.instant(b.castAt())),
            required(
                "updated_at",
                DATETIME,
                "When it was last changed (UTC).",
                (x, b) -> TableCells.instant(b.updatedAt()))),
        List.of("contribution_id", "participant"),
        List.of(new TableForeignKey("contribution_id", ExportTable.CONTRIBUTIONS, "id")),
        (context, action) -> {
          Set<ContributionId> hidden = context.excludedContributions();
          context
              .store()
              .ballots()
              .forEachBallot(
                  context.id(),
                  b -> {
                    if (!hidden.contains(b.contributionId())) {
                      action.accept(b);
                    }
                  });
        },
        TableBallots::read);
  }

  /** Every ballot value, as {@link Ballot#value()} writes it. */
  static List<String> values() {
    List<Ballot> all =
        new ArrayList<>(
            List.of(
                Ballot.support(),
                Ballot.inFavour(),
                Ballot.against(),
                Ballot.neutral(),
                Ballot.approval()));
    for (int grade = 0; grade < Ballot.MAX_GRADES; grade++) {
      all.add(Ballot.grade(grade));
    }
    return all.stream().map(Ballot::value).toList();
  }

  /** The ballot whose {@link Ballot#value()} is {@code text}, or null. */
  static @Nullable Ballot ballot(String text) {
    for (String value : values()) {
      if (value.equals(text)) {
        return switch (text) {
          case "support" -> Ballot.support();
          case "for" -> Ballot.inFavour();
          case "against" -> Ballot.against();
          case "neutral" -> Ballot.neutral();
          case "approval" -> Ballot.approval();
          default -> Ballot.grade(Integer.parseInt(text.substring("grade-".length())));
        };
      }
    }
    return null;
  }

  private static @Nullable BallotRecord read(TableRow row, ConsultationId consultation) {
    ContributionId contribution = new ContributionId(row.id("contribution_id"));
    ParticipantId participant = row.participant("participant");
    String text = row.requiredText("value");
    @Nullable Ballot ballot = text.isEmpty() ? null : ballot(text);
    if (ballot == null && !text.isEmpty()) {
      row.invalid("value", "import.cell.choice", text, String.join(", ", values()));
    }
    Instant castAt = row.instant("cast_at");
    Instant updatedAt = row.instant("updated_at");
    return row.valid() && ballot != null
        ? new BallotRecord(consultation, contribution, participant, ballot, castAt, updatedAt)
        : null;
  }
}
