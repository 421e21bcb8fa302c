package org.openconsultation.core.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A contribution: an idea, proposal or opinion submitted to a theme of a consultation.
 *
 * @param consultationId the consultation
 * @param id the identifier
 * @param reference the stable human-readable reference ({@code C-42})
 * @param themeId the theme
 * @param author the author of record (for collective and assisted contributions, the facilitator
 *     who submitted it)
 * @param provenance individual, collective or institutional, with its details
 * @param title the current title
 * @param body the current text
 * @param territory the territory it concerns (the author's, or the workshop's), or null
 * @param location where it applies, or null
 * @param status whether it is shown
 * @param revision the number of the current revision, from 1
 * @param submittedAt when it was first submitted
 * @param updatedAt when it last changed
 */
public record Contribution(
    ConsultationId consultationId,
    ContributionId id,
    Reference reference,
    ThemeId themeId,
    ParticipantId author,
    Provenance provenance,
    String title,
    String body,
    @Nullable String territory,
    @Nullable GeoPoint location,
    PublicationStatus status,
    int revision,
    Instant submittedAt,
    Instant updatedAt) {

  /** Checks that no required component is null. */
  public Contribution {
    Objects.requireNonNull(consultationId, "consultationId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(themeId, "themeId");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Checks.require(revision >= 1, "min", "revision", "a revision number starts at 1");
  }

  /** Individual, collective or institutional. */
  public ContributionKind kind() {
    return provenance.kind();
  }

  /** This contribution with another status, changed at {@code at}. */
  public Contribution withStatus(PublicationStatus newStatus, Instant at) {
    return new Contribution(
        consultationId,
        id,
        reference,
        themeId,
        author,
        provenance,
        title,
        body,
        territory,
        location,
        newStatus,
        revision,
        submittedAt,
        at);
  }

  /** This contribution's next revision with a new title and text, edited at {@code at}. */
  public Contribution revised(String newTitle, String newBody, Instant at) {
    return new Contribution(
        consultationId,
        id,
        reference,
        themeId,
        author,
        provenance,
        newTitle,
        newBody,
        territory,
        location,
        status,
        revision + 1,
        submittedAt,
        at);
  }
}
