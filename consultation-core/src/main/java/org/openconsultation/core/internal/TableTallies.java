package org.openconsultation.core.internal;

import static org.openconsultation.core.internal.TableColumn.required;
import static org.openconsultation.core.internal.TableFieldType.IDENTIFIER;
import static org.openconsultation.core.internal.TableFieldType.INTEGER;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Tally;

/**
 * The tallies table: the counts of each exported contribution that has ballots, by contribution
 * identifier; exported only while results are visible. An import checks it against the ballots.
 */
final class TableTallies {

  private TableTallies() {}

  static TableDefinition<Tally, Tally> definition() {
    List<TableColumn<Tally>> columns = new ArrayList<>();
    columns.add(
        required(
            "contribution_id",
            IDENTIFIER,
            "The contribution counted.",
            (x, t) -> t.contributionId().toString()));
    columns.add(
        TableColumn.<Tally>required(
                "ballots", INTEGER, "The ballots counted.", (x, t) -> Long.toString(t.ballots()))
            .computed());
    columns.add(
        required(
            "supports",
            INTEGER,
            "Supports, approvals and votes for.",
            (x, t) -> Long.toString(t.supports())));
    columns.add(
        required(
            "oppositions", INTEGER, "Votes against.", (x, t) -> Long.toString(t.oppositions())));
    columns.add(
        required("neutrals", INTEGER, "Neutral votes.", (x, t) -> Long.toString(t.neutrals())));
    for (int grade = 0; grade < Ballot.MAX_GRADES; grade++) {
      int g = grade;
      columns.add(
          required(
              "grade_" + g,
              INTEGER,
              "Majority-judgment ballots that gave grade "
                  + g
                  + (g == 0 ? " (the worst grade)." : "."),
              (x, t) -> Long.toString(t.grade(g))));
    }
    return new TableDefinition<Tally, Tally>(
        ExportTable.TALLIES,
        "Tallies",
        "The counts of each contribution's ballots, as they add up from the ballots table.",
        columns,
        List.of("contribution_id"),
        List.of(new TableForeignKey("contribution_id", ExportTable.CONTRIBUTIONS, "id")),
        (context, action) -> {
          Set<ContributionId> hidden = context.excludedContributions();
          context
              .store()
              .ballots()
              .forEachTally(
                  context.id(),
                  t -> {
                    if (!hidden.contains(t.contributionId())) {
                      action.accept(t);
                    }
                  });
        },
        TableTallies::read);
  }

  private static @Nullable Tally read(TableRow row, ConsultationId consultation) {
    ContributionId contribution = new ContributionId(row.id("contribution_id"));
    long supports = row.count("supports");
    long oppositions = row.count("oppositions");
    long neutrals = row.count("neutrals");
    List<Long> grades = new ArrayList<>();
    for (int grade = 0; grade < Ballot.MAX_GRADES; grade++) {
      grades.add(row.count("grade_" + grade));
    }
    return row.valid() ? new Tally(contribution, supports, oppositions, neutrals, grades) : null;
  }
}
