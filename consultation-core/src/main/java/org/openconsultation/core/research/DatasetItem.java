package org.openconsultation.core.research;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ContributionKind;

/**
 * One contribution of a {@link Dataset}, under the input's own id. Start from {@link #of(String,
 * Instant)} and add what is known with the {@code with…} methods.
 *
 * @param id the input's id of the item (pol.is {@code comment-id}, the {@code id} column of a
 *     tallies CSV…); not blank, unique within a dataset
 * @param text its text, empty if unknown
 * @param submittedAt when it was submitted
 * @param theme its theme's name, or null if the input has no themes
 * @param kind individual, collective or institutional
 * @param attendees for a collective contribution, how many workshop attendees it speaks for; else 0
 * @param comments how many comments it has
 * @param counts ballots known only as totals (see {@link Counts}); {@link Counts#NONE} if every
 *     ballot is known by voter
 */
public record DatasetItem(
    String id,
    String text,
    Instant submittedAt,
    @Nullable String theme,
    ContributionKind kind,
    int attendees,
    long comments,
    Counts counts) {

  /** Checks that the id is not blank and the numbers are not negative. */
  public DatasetItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(counts, "counts");
    if (id.isBlank()) {
      throw new IllegalArgumentException("an item id must not be blank");
    }
    if (attendees < 0 || comments < 0) {
      throw new IllegalArgumentException("attendees and comments must not be negative");
    }
  }

  /** An individual contribution with no text, theme, comment or counted ballot. */
  public static DatasetItem of(String id, Instant submittedAt) {
    return new DatasetItem(
        id, "", submittedAt, null, ContributionKind.INDIVIDUAL, 0, 0, Counts.NONE);
  }

  /** This item with another text. */
  public DatasetItem withText(String newText) {
    return new DatasetItem(id, newText, submittedAt, theme, kind, attendees, comments, counts);
  }

  /** This item in another theme (null: none). */
  public DatasetItem withTheme(@Nullable String newTheme) {
    return new DatasetItem(id, text, submittedAt, newTheme, kind, attendees, comments, counts);
  }

  /** This item of another kind, speaking for {@code newAttendees} people (0 unless collective). */
  public DatasetItem withKind(ContributionKind newKind, int newAttendees) {
    return new DatasetItem(id, text, submittedAt, theme, newKind, newAttendees, comments, counts);
  }

  /** This item with another number of comments. */
  public DatasetItem withComments(long newComments) {
    return new DatasetItem(id, text, submittedAt, theme, kind, attendees, newComments, counts);
  }

  /** This item with other ballots known only as totals. */
  public DatasetItem withCounts(Counts newCounts) {
    return new DatasetItem(id, text, submittedAt, theme, kind, attendees, comments, newCounts);
  }
}
