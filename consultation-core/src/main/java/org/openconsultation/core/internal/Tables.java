package org.openconsultation.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.Workshop;

/**
 * The definition of every export table, and the order tables depend on each other: a table comes
 * after those its rows refer to, which is the order of the open-data package and of imports.
 */
final class Tables {

  static final TableDefinition<Theme, Theme> THEMES = TableThemes.definition();
  static final TableDefinition<Workshop, Workshop> WORKSHOPS = TableWorkshops.definition();
  static final TableDefinition<Contribution, Contribution> CONTRIBUTIONS =
      TableContributions.definition();
  static final TableDefinition<TableRevisions.Row, Revision> REVISIONS =
      TableRevisions.definition();
  static final TableDefinition<Comment, Comment> COMMENTS = TableComments.definition();
  static final TableDefinition<BallotRecord, BallotRecord> BALLOTS = TableBallots.definition();
  static final TableDefinition<Tally, Tally> TALLIES = TableTallies.definition();

  /** Every table, each after those it refers to. */
  static final List<ExportTable> ORDER =
      List.of(
          ExportTable.THEMES,
          ExportTable.WORKSHOPS,
          ExportTable.CONTRIBUTIONS,
          ExportTable.REVISIONS,
          ExportTable.COMMENTS,
          ExportTable.BALLOTS,
          ExportTable.TALLIES);

  private Tables() {}

  /** The definition of {@code table}. */
  static TableDefinition<?, ?> of(ExportTable table) {
    return switch (table) {
      case THEMES -> THEMES;
      case WORKSHOPS -> WORKSHOPS;
      case CONTRIBUTIONS -> CONTRIBUTIONS;
      case REVISIONS -> REVISIONS;
      case COMMENTS -> COMMENTS;
      case BALLOTS -> BALLOTS;
      case TALLIES -> TALLIES;
    };
  }

  /** Whether {@code table} holds results, exported only while they are visible. */
  static boolean results(ExportTable table) {
    return table == ExportTable.BALLOTS || table == ExportTable.TALLIES;
  }

  /** The tables an export of {@code scope} may write, in {@link #ORDER}. */
  static List<ExportTable> readable(ExportScope scope) {
    List<ExportTable> tables = new ArrayList<>();
    for (ExportTable table : ORDER) {
      if (scope.resultsVisible() || !results(table)) {
        tables.add(table);
      }
    }
    return tables;
  }
}
