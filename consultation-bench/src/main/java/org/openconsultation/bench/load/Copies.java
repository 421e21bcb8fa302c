package org.openconsultation.bench.load;

/** The statements of the raw bulk baselines: PostgreSQL {@code COPY} and the tally computation. */
final class Copies {

  static final String CONTRIBUTION_COLUMNS =
      "consultation_id, contribution_id, reference_number, theme_id, author, kind, on_behalf_of,"
          + " workshop_id, attendee_count, organisation, title, body, territory, latitude,"
          + " longitude, status, revision, submitted_at, updated_at";
  static final String REVISION_COLUMNS =
      "consultation_id, contribution_id, number, title, body, editor, note, created_at";
  static final String BALLOT_COLUMNS =
      "consultation_id, contribution_id, participant_id, ballot_value, cast_at, updated_at";

  static final String PARTICIPANT_COLUMNS =
      "consultation_id, participant_id, display_name, kind, territory, terms_version,"
          + " registered_at";

  private Copies() {}

  /** Computes the tallies of one consultation's ballots (parameter: its id). */
  static String tallies(String prefix) {
    StringBuilder sql =
        new StringBuilder("INSERT INTO ")
            .append(prefix)
            .append("tally (consultation_id, contribution_id, supports, oppositions, neutrals");
    for (int g = 0; g < 10; g++) {
      sql.append(", grade_").append(g);
    }
    sql.append(") SELECT consultation_id, contribution_id, ")
        .append(count("ballot_value IN ('support', 'approval', 'for')"))
        .append(", ")
        .append(count("ballot_value = 'against'"))
        .append(", ")
        .append(count("ballot_value = 'neutral'"));
    for (int g = 0; g < 10; g++) {
      sql.append(", ").append(count("ballot_value = 'grade-" + g + "'"));
    }
    return sql.append(" FROM ")
        .append(prefix)
        .append("ballot WHERE consultation_id = ? GROUP BY consultation_id, contribution_id")
        .toString();
  }

  /** The export baseline: one consultation's contributions as CSV, in reference order. */
  static String exportContributions(String prefix, String consultation) {
    return "COPY (SELECT "
        + CONTRIBUTION_COLUMNS
        + " FROM "
        + prefix
        + "contribution WHERE consultation_id = '"
        + consultation
        + "' ORDER BY reference_number) TO STDOUT WITH (FORMAT csv, HEADER)";
  }

  /** The rows of {@code table} ({@code columns}) of one consultation, moved to another. */
  static String copyOut(String prefix, String table, String columns, String from, String to) {
    return "COPY (SELECT '"
        + to
        + "'::uuid"
        + columns.substring(columns.indexOf(','))
        + " FROM "
        + prefix
        + table
        + " WHERE consultation_id = '"
        + from
        + "') TO STDOUT WITH (FORMAT csv)";
  }

  /**
   * The participants who cast {@code from}'s ballots, as persons registered in {@code to} under its
   * terms at their first ballot, as CSV rows of {@link #PARTICIPANT_COLUMNS}.
   */
  static String copyOutVoters(String prefix, String from, String to) {
    return "COPY (SELECT '"
        + to
        + "'::uuid, participant_id, participant_id, 'PERSON', NULL, (SELECT terms_version FROM "
        + prefix
        + "consultation WHERE consultation_id = '"
        + to
        + "'), MIN(cast_at) FROM "
        + prefix
        + "ballot WHERE consultation_id = '"
        + from
        + "' GROUP BY participant_id) TO STDOUT WITH (FORMAT csv)";
  }

  /** Loads CSV rows of {@code columns} into {@code table}. */
  static String copyIn(String prefix, String table, String columns) {
    return "COPY " + prefix + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)";
  }

  private static String count(String condition) {
    return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
  }
}
