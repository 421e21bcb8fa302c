package org.openconsultation.core.research;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.VoteMode;

/**
 * Reads a CSV file of per-contribution totals, for data known only as counts, as a {@link Dataset}
 * with no individual ballot: each row becomes an item whose {@link DatasetItem#counts()} are the
 * row's counts.
 *
 * <p>Columns (UTF-8, comma-separated, a header line, in any order):
 *
 * <ul>
 *   <li>{@code id} (required): the contribution's id, unique;
 *   <li>{@code for}, {@code against}, {@code neutral}: counts of votes for (or supports), against
 *       and neutral; at least one count column is required, a missing column or empty cell is 0;
 *   <li>{@code grade_0} … {@code grade_N}: majority-judgment grade counts, worst to best, 2 to 10
 *       columns numbered from 0 without gaps; the scale has N+1 grades;
 *   <li>{@code created_at} (optional): submission time, ISO-8601 ({@code 2024-03-01T10:00:00Z}), a
 *       date or a local date-time in UTC, or epoch milliseconds; the epoch if absent;
 *   <li>{@code theme}, {@code text} (optional): free text;
 *   <li>{@code kind} (optional): {@code individual} (default), {@code collective} or {@code
 *       institutional};
 *   <li>{@code attendees} (optional): attendees a collective contribution speaks for;
 *   <li>{@code comments} (optional): its number of comments.
 * </ul>
 *
 * <p>Rows keep file order, which gives the references. Vote mode: majority judgment if there are
 * grade columns and no other count column, for/against if there is an {@code against} or {@code
 * neutral} column, else support. Any other column, a bad value or a duplicate id raises {@link
 * InvalidInputException} naming the file, line and column.
 */
public final class TalliesCsv {

  private static final Pattern GRADE = Pattern.compile("grade_(0|[1-9][0-9]*)");

  private static final Set<String> KNOWN =
      Set.of(
          "id",
          "for",
          "against",
          "neutral",
          "created_at",
          "theme",
          "text",
          "kind",
          "attendees",
          "comments");

  private TalliesCsv() {}

  /** Reads {@code file}. */
  public static Dataset read(Path file) {
    Objects.requireNonNull(file, "file");
    Dataset.Builder builder = Dataset.builder();
    Map<String, Integer> lines = new HashMap<>();
    int[] grades = new int[1];
    CsvFile.read(
        file,
        csv -> {
          csv.require("id");
          grades[0] = checkHeader(csv);
          if (grades[0] > 0) {
            builder.gradeCount(grades[0]);
          }
          boolean others = csv.has("for") || csv.has("against") || csv.has("neutral");
          builder.voteMode(
              grades[0] > 0 && !others
                  ? VoteMode.MAJORITY_JUDGMENT
                  : csv.has("against") || csv.has("neutral")
                      ? VoteMode.FOR_AGAINST
                      : VoteMode.SUPPORT);
        },
        row -> builder.item(item(row, grades[0], lines)));
    return builder.build();
  }

  /** Checks the columns; returns the number of grade columns. */
  private static int checkHeader(CsvFile csv) {
    int grades = 0;
    int highest = -1;
    for (String column : csv.columns()) {
      Matcher m = GRADE.matcher(column);
      if (m.matches()) {
        grades++;
        highest = Math.max(highest, m.group(1).length() > 2 ? 99 : Integer.parseInt(m.group(1)));
      } else if (!KNOWN.contains(column)) {
        throw csv.headerError(
            column,
            "unknown column '"
                + column
                + "': expected id, for, against, neutral, grade_0…grade_9, created_at, theme,"
                + " text, kind, attendees, comments");
      }
    }
    if (grades > 0 && (highest != grades - 1 || grades < 2 || grades > Ballot.MAX_GRADES)) {
      throw csv.headerError(
          "grade_" + highest,
          "grade columns must be grade_0 to grade_N without gaps, 2 to 10 of them");
    }
    if (grades == 0 && !csv.has("for") && !csv.has("against") && !csv.has("neutral")) {
      throw csv.headerError("", "no count column: expected for, against, neutral or grade_0…");
    }
    return grades;
  }

  private static DatasetItem item(CsvRow row, int grades, Map<String, Integer> lines) {
    String id = row.required("id");
    Integer previous = lines.putIfAbsent(id, row.line());
    if (previous != null) {
      throw row.error("id", "dataset.duplicate", "id " + id + " is also on line " + previous);
    }
    List<Long> histogram = new ArrayList<>(grades);
    for (int g = 0; g < grades; g++) {
      histogram.add(row.count("grade_" + g));
    }
    Counts counts =
        new Counts(row.count("for"), row.count("against"), row.count("neutral"), histogram);
    Instant created = row.instant("created_at");
    ContributionKind kind = kind(row);
    long attendees = row.count("attendees");
    if (attendees > 0 && kind != ContributionKind.COLLECTIVE) {
      throw row.error("attendees", "dataset.value", "only a collective contribution has attendees");
    }
    if (attendees > Integer.MAX_VALUE) {
      throw row.error("attendees", "dataset.number", "too many attendees");
    }
    return DatasetItem.of(id, created == null ? Instant.EPOCH : created)
        .withText(row.text("text"))
        .withTheme(row.optional("theme"))
        .withKind(kind, (int) attendees)
        .withComments(row.count("comments"))
        .withCounts(counts);
  }

  private static ContributionKind kind(CsvRow row) {
    @Nullable String kind = row.optional("kind");
    if (kind == null) {
      return ContributionKind.INDIVIDUAL;
    }
    switch (kind.toLowerCase(Locale.ROOT)) {
      case "individual":
        return ContributionKind.INDIVIDUAL;
      case "collective":
        return ContributionKind.COLLECTIVE;
      case "institutional":
        return ContributionKind.INSTITUTIONAL;
      default:
        throw row.error(
            "kind",
            "dataset.value",
            "expected individual, collective or institutional, got '" + kind + "'");
    }
  }
}
