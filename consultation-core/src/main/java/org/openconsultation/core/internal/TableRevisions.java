package org.openconsultation.core.internal;

import static org.openconsultation.core.internal.TableColumn.optional;
import static org.openconsultation.core.internal.TableColumn.required;
import static org.openconsultation.core.internal.TableFieldType.DATETIME;
import static org.openconsultation.core.internal.TableFieldType.IDENTIFIER;
import static org.openconsultation.core.internal.TableFieldType.INTEGER;
import static org.openconsultation.core.internal.TableFieldType.STRING;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;

/**
 * The revisions table: every revision of every exported contribution, by contribution reference
 * then number, so that a synthesis citing {@code C-42.1} can be checked against the text it cited.
 */
final class TableRevisions {

  /**
   * A revision with the reference of its contribution.
   *
   * @param contribution the contribution's reference
   * @param revision the revision
   */
  record Row(Reference contribution, Revision revision) {}

  private TableRevisions() {}

  static TableDefinition<Row, Revision> definition() {
    return new TableDefinition<Row, Revision>(
        ExportTable.REVISIONS,
        "Revisions",
        "Every version of every contribution's text, the first being the original submission.",
        List.of(
            required(
                "contribution_id",
                IDENTIFIER,
                "The contribution revised.",
                (x, r) -> r.revision().contributionId().toString()),
            TableColumn.<Row>required(
                    "reference",
                    STRING,
                    "The reference of this revision, such as C-42.2.",
                    (x, r) -> r.contribution().at(r.revision().number()).toString())
                .computed(),
            required(
                "number",
                INTEGER,
                "The revision number, from 1 (the original submission).",
                (x, r) -> Integer.toString(r.revision().number())),
            required(
                "title", STRING, "The title in this revision.", (x, r) -> r.revision().title()),
            required("body", STRING, "The text in this revision.", (x, r) -> r.revision().body()),
            required(
                "editor",
                STRING,
                "Who wrote this revision, pseudonymised.",
                (x, r) -> x.participant(r.revision().editor())),
            optional(
                "note",
                STRING,
                "The editor's note on what changed.",
                (x, r) -> r.revision().note()),
            required(
                "created_at",
                DATETIME,
                "When this revision was made (UTC).",
                (x, r) -> TableCells.instant(r.revision().createdAt()))),
        List.of("contribution_id", "number"),
        List.of(new TableForeignKey("contribution_id", ExportTable.CONTRIBUTIONS, "id")),
        (context, action) ->
            context
                .store()
                .contributions()
                .forEachRevision(
                    context.id(),
                    context.scope().contributions(),
                    (reference, r) -> action.accept(new Row(reference, r))),
        TableRevisions::read);
  }

  private static @Nullable Revision read(TableRow row, ConsultationId consultation) {
    ContributionId contribution = new ContributionId(row.id("contribution_id"));
    int number = row.integer("number");
    String title = row.requiredText("title");
    String body = row.requiredText("body");
    ParticipantId editor = row.participant("editor");
    String note = row.text("note");
    Instant createdAt = row.instant("created_at");
    return row.valid()
        ? new Revision(consultation, contribution, number, title, body, editor, note, createdAt)
        : null;
  }
}
