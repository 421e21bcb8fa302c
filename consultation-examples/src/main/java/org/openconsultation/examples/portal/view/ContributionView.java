package org.openconsultation.examples.portal.view;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.model.Workshop;

/**
 * A contribution at its permalink: the revision cited (the latest one unless the address names
 * another), its history, the comments and what the person may do.
 *
 * @param contribution the contribution as it is now
 * @param shown the revision the address cites
 * @param citation the reference of the cited revision, e.g. {@code C-12.2}
 * @param theme the theme's title
 * @param author who it is from
 * @param workshop the workshop of a collective contribution
 * @param revisions every revision, oldest first
 * @param comments the comment threads, oldest first
 * @param votes the vote controls and counts
 * @param may what the person signed in may do here
 */
public record ContributionView(
    Contribution contribution,
    Revision shown,
    String citation,
    String theme,
    String author,
    @Nullable Workshop workshop,
    List<Revision> revisions,
    List<CommentNode> comments,
    Votes votes,
    Abilities may) {

  /** Copies the lists. */
  public ContributionView {
    revisions = List.copyOf(revisions);
    comments = List.copyOf(comments);
  }

  /** Whether the page shows the latest revision. */
  public boolean latest() {
    return shown.number() == contribution.revision();
  }

  /**
   * A comment with its author's name and its replies.
   *
   * @param comment the comment
   * @param author its author's public name
   * @param replies the replies, oldest first
   */
  public record CommentNode(Comment comment, String author, List<CommentNode> replies) {

    /** Copies the replies. */
    public CommentNode {
      replies = List.copyOf(replies);
    }
  }

  /**
   * Vote controls matching the consultation's vote mode.
   *
   * @param mode the vote mode
   * @param grades the number of grades of a majority-judgment scale
   * @param tally the counts, unless results are hidden until close
   * @param mine the person's own ballot value ({@code support}, {@code for}, {@code grade-3}...)
   * @param supportsLeft how many supports the person has left, when there is a limit
   */
  public record Votes(
      VoteMode mode,
      int grades,
      @Nullable Tally tally,
      @Nullable String mine,
      @Nullable Long supportsLeft) {}

  /**
   * What the person signed in may do on this contribution now.
   *
   * @param vote cast, change or retract a ballot
   * @param comment post a comment or a reply
   * @param flag report the contribution or a comment
   * @param edit edit it (its author, while open)
   */
  public record Abilities(boolean vote, boolean comment, boolean flag, boolean edit) {}
}
