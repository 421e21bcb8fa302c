package org.openconsultation.core.internal;

import static org.openconsultation.core.internal.TableColumn.optional;
import static org.openconsultation.core.internal.TableColumn.required;
import static org.openconsultation.core.internal.TableFieldType.DATETIME;
import static org.openconsultation.core.internal.TableFieldType.IDENTIFIER;
import static org.openconsultation.core.internal.TableFieldType.STRING;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Stance;

/**
 * The comments table: comments on the exported contributions, oldest first. A reply whose parent is
 * not exported (pending or hidden) has an empty {@code parent_id}, as it shows on the site: at the
 * top of its thread.
 */
final class TableComments {

  private TableComments() {}

  static TableDefinition<Comment, Comment> definition() {
    return new TableDefinition<Comment, Comment>(
        ExportTable.COMMENTS,
        "Comments",
        "Comments on contributions, oldest first, with the comment they reply to and their stance.",
        List.of(
            required("id", IDENTIFIER, "The comment's identifier.", (x, c) -> c.id().toString()),
            required(
                "contribution_id",
                IDENTIFIER,
                "The contribution discussed.",
                (x, c) -> c.contributionId().toString()),
            optional(
                "parent_id",
                IDENTIFIER,
                "The comment replied to; empty at the top of a thread.",
                TableComments::parent),
            required(
                "author",
                STRING,
                "Who wrote it, pseudonymised.",
                (x, c) -> x.participant(c.author())),
            required("body", STRING, "The text.", (x, c) -> c.body()),
            TableColumn.<Comment>optional(
                    "stance",
                    STRING,
                    "Its position on the contribution, if it takes one.",
                    (x, c) -> c.stance() == null ? null : TableCells.lower(c.stance()))
                .oneOf(TableCells.names(Stance.class)),
            TableColumn.<Comment>required(
                    "status",
                    STRING,
                    "Whether it is shown: published, or (in exports for organisers) pending or hidden.",
                    (x, c) -> TableCells.lower(c.status()))
                .oneOf(
                    Stream.of(
                            PublicationStatus.PENDING,
                            PublicationStatus.PUBLISHED,
                            PublicationStatus.HIDDEN)
                        .map(TableCells::lower)
                        .toList()),
            required(
                "posted_at",
                DATETIME,
                "When it was posted (UTC).",
                (x, c) -> TableCells.instant(c.postedAt()))),
        List.of("id"),
        List.of(
            new TableForeignKey("contribution_id", ExportTable.CONTRIBUTIONS, "id"),
            new TableForeignKey("parent_id", ExportTable.COMMENTS, "id")),
        TableComments::forEach,
        TableComments::read);
  }

  private static @Nullable String parent(TableContext context, Comment comment) {
    CommentId parent = comment.parent();
    return parent == null || context.excludedComments().contains(parent) ? null : parent.toString();
  }

  private static void forEach(TableContext context, Consumer<? super Comment> action) {
    Set<ContributionId> hidden = context.excludedContributions();
    context.excludedComments();
    Set<PublicationStatus> statuses = EnumSet.copyOf(context.scope().statuses());
    context
        .store()
        .comments()
        .forEach(
            context.id(),
            statuses,
            c -> {
              if (!hidden.contains(c.contributionId())) {
                action.accept(c);
              }
            });
  }

  private static @Nullable Comment read(TableRow row, ConsultationId consultation) {
    CommentId id = new CommentId(row.id("id"));
    ContributionId contribution = new ContributionId(row.id("contribution_id"));
    @Nullable UUID parent = row.optionalId("parent_id");
    ParticipantId author = row.participant("author");
    String body = row.requiredText("body");
    @Nullable Stance stance = row.optionalChoice("stance", Stance.class);
    PublicationStatus status = row.choice("status", PublicationStatus.class);
    Instant postedAt = row.instant("posted_at");
    return row.valid()
        ? new Comment(
            consultation,
            id,
            contribution,
            parent == null ? null : new CommentId(parent),
            author,
            body,
            stance,
            status,
            postedAt)
        : null;
  }
}
