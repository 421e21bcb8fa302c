package org.openconsultation.core.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A participant's registration in one consultation: the profile they gave and the terms they
 * consented to.
 *
 * @param consultationId the consultation
 * @param id the host's identifier for this person or organisation
 * @param displayName the public name
 * @param kind person, organisation, local authority…
 * @param territory a territory code (for example a French département code such as {@code 974}), or
 *     null
 * @param termsVersion the version of the consultation's terms they consented to
 * @param registeredAt when they registered (and consented)
 */
public record Participant(
    ConsultationId consultationId,
    ParticipantId id,
    String displayName,
    ParticipantKind kind,
    @Nullable String territory,
    String termsVersion,
    Instant registeredAt) {

  /** Checks that no required component is null. */
  public Participant {
    Objects.requireNonNull(consultationId, "consultationId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(termsVersion, "termsVersion");
    Objects.requireNonNull(registeredAt, "registeredAt");
  }

  /** This registration with another profile. */
  public Participant withProfile(String name, ParticipantKind newKind, @Nullable String place) {
    return new Participant(consultationId, id, name, newKind, place, termsVersion, registeredAt);
  }
}
