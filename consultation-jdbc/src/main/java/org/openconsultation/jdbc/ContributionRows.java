package org.openconsultation.jdbc;

import java.sql.SQLException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.WorkshopId;

/**
 * How contributions are written in {@code oc_contribution} (the provenance spread over {@code
 * kind}, {@code on_behalf_of}, {@code workshop_id}, {@code attendee_count}, {@code organisation})
 * and revisions in {@code oc_revision}: their columns, parameters and the mapping of rows.
 */
final class ContributionRows {

  static final String COLUMNS =
      "consultation_id, contribution_id, reference_number, theme_id, author, kind, on_behalf_of,"
          + " workshop_id, attendee_count, organisation, title, body, territory, latitude,"
          + " longitude, status, revision, submitted_at, updated_at";

  static final String REVISION_COLUMNS =
      "consultation_id, contribution_id, number, title, body, editor, note, created_at";

  private ContributionRows() {}

  /** The parameters of an insert of {@link #COLUMNS}. */
  static void bindAll(Binder b, Contribution c) throws SQLException {
    b.uuid(c.consultationId().value())
        .uuid(c.id().value())
        .number(c.reference().number())
        .uuid(c.themeId().value())
        .text(c.author().value());
    bindProvenance(b, c.provenance());
    bindRest(b, c);
  }

  /**
   * The parameters of an update of every column but the keys, then of its {@code WHERE
   * consultation_id = ? AND contribution_id = ? AND reference_number = ? AND revision = ?}.
   */
  static void bindUpdate(Binder b, Contribution c, int expectedRevision) throws SQLException {
    b.uuid(c.themeId().value()).text(c.author().value());
    bindProvenance(b, c.provenance());
    bindRest(b, c);
    b.uuid(c.consultationId().value())
        .uuid(c.id().value())
        .number(c.reference().number())
        .integer(expectedRevision);
  }

  /** kind, on_behalf_of, workshop_id, attendee_count, organisation. */
  private static void bindProvenance(Binder b, Provenance provenance) throws SQLException {
    @Nullable String onBehalfOf = null;
    @Nullable UUID workshop = null;
    @Nullable Integer attendees = null;
    @Nullable String organisation = null;
    if (provenance instanceof Provenance.Individual individual && individual.assistance() != null) {
      onBehalfOf = individual.assistance().onBehalfOf();
    } else if (provenance instanceof Provenance.Collective collective) {
      workshop = collective.workshop().value();
      attendees = collective.attendeeCount();
    } else if (provenance instanceof Provenance.Institutional institutional) {
      organisation = institutional.organisation();
    }
    b.name(provenance.kind())
        .nullableText(onBehalfOf)
        .nullableUuid(workshop)
        .nullableInteger(attendees)
        .nullableText(organisation);
  }

  /** title … updated_at. */
  private static void bindRest(Binder b, Contribution c) throws SQLException {
    GeoPoint location = c.location();
    b.text(c.title())
        .text(c.body())
        .nullableText(c.territory())
        .nullableDecimal(location == null ? null : location.latitude())
        .nullableDecimal(location == null ? null : location.longitude())
        .name(c.status())
        .integer(c.revision())
        .instant(c.submittedAt())
        .instant(c.updatedAt());
  }

  /** The parameters of an insert of {@link #REVISION_COLUMNS}. */
  static void bindRevision(Binder b, Revision r) throws SQLException {
    b.uuid(r.consultationId().value())
        .uuid(r.contributionId().value())
        .integer(r.number())
        .text(r.title())
        .text(r.body())
        .text(r.editor().value())
        .text(r.note())
        .instant(r.createdAt());
  }

  static Contribution map(Row row) throws SQLException {
    Double latitude = row.nullableDecimal("latitude");
    Double longitude = row.nullableDecimal("longitude");
    return new Contribution(
        new ConsultationId(row.uuid("consultation_id")),
        new ContributionId(row.uuid("contribution_id")),
        new Reference(row.number("reference_number")),
        new ThemeId(row.uuid("theme_id")),
        ParticipantId.of(row.text("author")),
        provenance(row),
        row.text("title"),
        row.text("body"),
        row.nullableText("territory"),
        latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude),
        row.name("status", PublicationStatus.class),
        row.integer("revision"),
        row.instant("submitted_at"),
        row.instant("updated_at"));
  }

  private static Provenance provenance(Row row) throws SQLException {
    ContributionKind kind = row.name("kind", ContributionKind.class);
    switch (kind) {
      case COLLECTIVE:
        Integer attendees = row.nullableInteger("attendee_count");
        return new Provenance.Collective(
            new WorkshopId(row.uuid("workshop_id")), attendees == null ? 0 : attendees);
      case INSTITUTIONAL:
        return new Provenance.Institutional(row.text("organisation"));
      default:
        String onBehalfOf = row.nullableText("on_behalf_of");
        return new Provenance.Individual(
            onBehalfOf == null ? null : new Provenance.Assistance(onBehalfOf));
    }
  }

  static Revision mapRevision(Row row) throws SQLException {
    return new Revision(
        new ConsultationId(row.uuid("consultation_id")),
        new ContributionId(row.uuid("contribution_id")),
        row.integer("number"),
        row.text("title"),
        row.text("body"),
        ParticipantId.of(row.text("editor")),
        row.text("note"),
        row.instant("created_at"));
  }
}
