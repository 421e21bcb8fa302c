package org.openconsultation.core.internal;

import java.time.Instant;
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
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.WorkshopId;

/** Reads a row of the contributions table back; the provenance columns must fit the kind. */
final class TableContributionRows {

  private TableContributionRows() {}

  static @Nullable Contribution read(TableRow row, ConsultationId consultation) {
    ContributionId id = new ContributionId(row.id("id"));
    Reference reference = reference(row);
    ThemeId theme = new ThemeId(row.id("theme_id"));
    ParticipantId author = row.participant("author");
    @Nullable Provenance provenance = provenance(row);
    String title = row.requiredText("title");
    String body = row.requiredText("body");
    @Nullable String territory = row.optionalText("territory");
    @Nullable GeoPoint location = location(row);
    PublicationStatus status = row.choice("status", PublicationStatus.class);
    int revision = row.integer("revision");
    Instant submittedAt = row.instant("submitted_at");
    Instant updatedAt = row.instant("updated_at");
    if (!row.valid() || provenance == null) {
      return null;
    }
    return new Contribution(
        consultation,
        id,
        reference,
        theme,
        author,
        provenance,
        title,
        body,
        territory,
        location,
        status,
        revision,
        submittedAt,
        updatedAt);
  }

  private static Reference reference(TableRow row) {
    String text = row.requiredText("reference");
    if (text.isEmpty()) {
      return new Reference(1);
    }
    try {
      return Reference.parse(text);
    } catch (RuntimeException e) {
      row.invalid("reference", "import.cell.reference", text);
      return new Reference(1);
    }
  }

  private static @Nullable Provenance provenance(TableRow row) {
    ContributionKind kind = row.choice("kind", ContributionKind.class);
    @Nullable UUID workshop = row.optionalId("workshop_id");
    @Nullable Integer attendees = row.optionalInteger("attendee_count");
    @Nullable String organisation = row.optionalText("organisation");
    @Nullable String onBehalfOf = row.optionalText("on_behalf_of");
    if (!row.valid()) {
      return null;
    }
    boolean collective = kind == ContributionKind.COLLECTIVE;
    boolean institutional = kind == ContributionKind.INSTITUTIONAL;
    boolean individual = kind == ContributionKind.INDIVIDUAL;
    misplaced(row, "workshop_id", collective, workshop != null);
    misplaced(row, "attendee_count", collective, attendees != null);
    misplaced(row, "organisation", institutional, organisation != null);
    if (!individual && onBehalfOf != null) {
      row.invalid("on_behalf_of", "import.cell.not-for-kind", TableCells.lower(kind));
    }
    if (!row.valid()) {
      return null;
    }
    return switch (kind) {
      case INDIVIDUAL ->
          new Provenance.Individual(
              onBehalfOf == null ? null : new Provenance.Assistance(onBehalfOf));
      case COLLECTIVE -> new Provenance.Collective(new WorkshopId(workshop), attendees);
      case INSTITUTIONAL -> new Provenance.Institutional(organisation);
    };
  }

  /** A provenance column is filled exactly when the kind needs it. */
  private static void misplaced(TableRow row, String column, boolean needed, boolean present) {
    if (needed && !present) {
      row.invalid(column, "import.cell.required");
    } else if (!needed && present) {
      row.invalid(column, "import.cell.not-for-kind", row.text("kind"));
    }
  }

  private static @Nullable GeoPoint location(TableRow row) {
    @Nullable Double latitude = row.optionalNumber("latitude");
    @Nullable Double longitude = row.optionalNumber("longitude");
    if (latitude == null && longitude == null) {
      return null;
    }
    if (latitude == null || longitude == null) {
      row.invalid(latitude == null ? "latitude" : "longitude", "import.cell.required");
      return null;
    }
    try {
      return new GeoPoint(latitude, longitude);
    } catch (RuntimeException e) {
      row.invalid("latitude", "import.cell.point", latitude, longitude);
      return null;
    }
  }
}
