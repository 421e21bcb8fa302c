package org.openconsultation.core.internal;

import static org.openconsultation.core.internal.TableColumn.optional;
import static org.openconsultation.core.internal.TableColumn.required;
import static org.openconsultation.core.internal.TableFieldType.DATETIME;
import static org.openconsultation.core.internal.TableFieldType.IDENTIFIER;
import static org.openconsultation.core.internal.TableFieldType.INTEGER;
import static org.openconsultation.core.internal.TableFieldType.NUMBER;
import static org.openconsultation.core.internal.TableFieldType.STRING;

import java.util.List;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;

/**
 * The contributions table: one row per contribution as it is now, by reference number, with its
 * permalink and its provenance flattened into columns.
 */
final class TableContributions {

  private TableContributions() {}

  static TableDefinition<Contribution, Contribution> definition() {
    return new TableDefinition<Contribution, Contribution>(
        ExportTable.CONTRIBUTIONS,
        "Contributions",
        "Contributions of every kind as they read now, by reference number.",
        List.of(
            required(
                "id", IDENTIFIER, "The contribution's identifier.", (x, c) -> c.id().toString()),
            TableColumn.<Contribution>required(
                    "reference",
                    STRING,
                    "Its stable reference, such as C-42, cited by syntheses.",
                    (x, c) -> c.reference().toString())
                .distinctValues(),
            TableColumn.<Contribution>required(
                    "link",
                    STRING,
                    "Its permalink, built from the reference.",
                    (x, c) -> x.link(c.reference()))
                .computed(),
            required(
                "theme_id",
                IDENTIFIER,
                "The theme it belongs to.",
                (x, c) -> c.themeId().toString()),
            required(
                "author",
                STRING,
                "Who submitted it, pseudonymised (for collective and assisted contributions, the"
                    + " facilitator).",
                (x, c) -> x.participant(c.author())),
            TableColumn.<Contribution>required(
                    "kind",
                    STRING,
                    "Who it speaks for: one person, a workshop or an organisation.",
                    (x, c) -> TableCells.lower(c.kind()))
                .oneOf(TableCells.names(ContributionKind.class)),
            optional(
                "workshop_id",
                IDENTIFIER,
                "For a collective contribution, the workshop it comes from.",
                (x, c) ->
                    c.provenance() instanceof Provenance.Collective k
                        ? k.workshop().toString()
                        : null),
            optional(
                "attendee_count",
                INTEGER,
                "For a collective contribution, how many attendees it speaks for.",
                (x, c) ->
                    c.provenance() instanceof Provenance.Collective k
                        ? Integer.toString(k.attendeeCount())
                        : null),
            optional(
                "organisation",
                STRING,
                "For an institutional contribution, the organisation it speaks for.",
                (x, c) ->
                    c.provenance() instanceof Provenance.Institutional i ? i.organisation() : null),
            optional(
                "on_behalf_of",
                STRING,
                "For an assisted contribution, the person a facilitator typed it in for.",
                (x, c) ->
                    c.provenance() instanceof Provenance.Individual i && i.assistance() != null
                        ? i.assistance().onBehalfOf()
                        : null),
            required("title", STRING, "The current title.", (x, c) -> c.title()),
            required("body", STRING, "The current text.", (x, c) -> c.body()),
            optional(
                "territory",
                STRING,
                "The territory it concerns, such as a département code.",
                (x, c) -> c.territory()),
            optional(
                "latitude",
                NUMBER,
                "Where it applies: WGS 84 latitude in degrees.",
                (x, c) -> c.location() == null ? null : TableCells.number(c.location().latitude())),
            optional(
                "longitude",
                NUMBER,
                "Where it applies: WGS 84 longitude in degrees.",
                (x, c) ->
                    c.location() == null ? null : TableCells.number(c.location().longitude())),
            TableColumn.<Contribution>required(
                    "status",
                    STRING,
                    "Whether it is shown: published, or (in exports for organisers) pending, hidden or"
                        + " withdrawn.",
                    (x, c) -> TableCells.lower(c.status()))
                .oneOf(TableCells.names(PublicationStatus.class)),
            required(
                "revision",
                INTEGER,
                "The number of its current revision, from 1; see the revisions table.",
                (x, c) -> Integer.toString(c.revision())),
            required(
                "submitted_at",
                DATETIME,
                "When it was first submitted (UTC).",
                (x, c) -> TableCells.instant(c.submittedAt())),
            required(
                "updated_at",
                DATETIME,
                "When it last changed (UTC).",
                (x, c) -> TableCells.instant(c.updatedAt()))),
        List.of("id"),
        List.of(
            new TableForeignKey("theme_id", ExportTable.THEMES, "id"),
            new TableForeignKey("workshop_id", ExportTable.WORKSHOPS, "id")),
        (context, action) ->
            context
                .store()
                .contributions()
                .forEach(context.id(), context.scope().contributions(), action),
        TableContributionRows::read);
  }
}
