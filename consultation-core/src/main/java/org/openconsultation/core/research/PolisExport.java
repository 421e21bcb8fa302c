package org.openconsultation.core.research;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.VoteMode;

/**
 * Reads a conversation of the pol.is open-data export (a folder with {@code comments.csv} and
 * {@code votes.csv}) as a {@link Dataset} in the {@link VoteMode#FOR_AGAINST} mode.
 *
 * <ul>
 *   <li>Items are the comments, in increasing numeric {@code comment-id} (pol.is numbers comments
 *       in order of submission), so reference {@code C-1} is the lowest id; the item id is the
 *       {@code comment-id}, the text is {@code comment-body}, the submission time is {@code
 *       timestamp} (milliseconds since the epoch). Comments moderated out ({@code moderated} = -1)
 *       are left out, with the votes on them; {@code moderated} 0 (not yet moderated) and 1 are
 *       kept.
 *   <li>Ballots are the rows of {@code votes.csv}: voter {@code voter-id}, item {@code comment-id},
 *       at {@code timestamp}; vote 1 (agree) is a vote for, -1 (disagree) a vote against, 0 (pass)
 *       a neutral vote. A voter's last vote on a comment (by timestamp) is the one counted.
 * </ul>
 *
 * <p>Other columns (such as {@code datetime}, whose time zone is the exporting machine's, or the
 * {@code agrees} and {@code disagrees} totals, which count superseded votes too) are ignored.
 * Errors, including a vote on a comment that {@code comments.csv} does not have, raise {@link
 * InvalidInputException} naming the file, line and column.
 */
public final class PolisExport {

  private PolisExport() {}

  /** Reads the conversation in folder {@code dir}. */
  public static Dataset read(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Path commentsFile = dir.resolve("comments.csv");
    Path votesFile = dir.resolve("votes.csv");
    List<Comment> comments = new ArrayList<>();
    Set<String> moderatedOut = new HashSet<>();
    Map<Long, Integer> lines = new HashMap<>();
    CsvFile.read(
        commentsFile,
        csv -> csv.require("timestamp", "comment-id", "moderated", "comment-body"),
        row -> {
          long id = row.integer("comment-id");
          Integer previous = lines.putIfAbsent(id, row.line());
          if (previous != null) {
            throw row.error(
                "comment-id",
                "dataset.duplicate",
                "comment " + id + " is also on line " + previous);
          }
          Instant at = Instant.ofEpochMilli(row.integer("timestamp"));
          long moderated = row.integer("moderated");
          if (moderated < -1 || moderated > 1) {
            throw row.error("moderated", "dataset.value", "expected -1, 0 or 1, got " + moderated);
          }
          if (moderated == -1) {
            moderatedOut.add(Long.toString(id));
          } else {
            comments.add(new Comment(id, at, row.text("comment-body")));
          }
        });
    comments.sort(Comparator.comparingLong(Comment::id));
    Dataset.Builder builder = Dataset.builder().voteMode(VoteMode.FOR_AGAINST);
    for (Comment c : comments) {
      builder.item(DatasetItem.of(Long.toString(c.id()), c.at()).withText(c.body()));
    }
    CsvFile.read(
        votesFile,
        csv -> csv.require("timestamp", "comment-id", "voter-id", "vote"),
        row -> {
          String comment = Long.toString(row.integer("comment-id"));
          if (!lines.containsKey(Long.parseLong(comment))) {
            throw row.error(
                "comment-id", "dataset.unknown-item", "comments.csv has no comment " + comment);
          }
          String voter = row.required("voter-id");
          Instant at = Instant.ofEpochMilli(row.integer("timestamp"));
          Ballot ballot = ballot(row);
          if (!moderatedOut.contains(comment)) {
            builder.ballot(voter, comment, ballot, at);
          }
        });
    return builder.build();
  }

  private static Ballot ballot(CsvRow row) {
    long vote = row.integer("vote");
    if (vote == 1) {
      return Ballot.inFavour();
    }
    if (vote == -1) {
      return Ballot.against();
    }
    if (vote == 0) {
      return Ballot.neutral();
    }
    throw row.error("vote", "dataset.value", "expected 1, -1 or 0, got " + vote);
  }

  private record Comment(long id, Instant at, String body) {}
}
