package org.openconsultation.examples.story;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Role;

/**
 * The twelve people and organisations who register, all fictional. The host would build their
 * {@link Actor} from its own login; here each member carries its roles.
 */
enum Member {
  CAMILLE("Camille Durand", ParticipantKind.PERSON, "69"),
  MATHIEU("Mathieu Le Goff", ParticipantKind.PERSON, "29"),
  SOPHIE("Sophie Lambert", ParticipantKind.PERSON, "23"),
  JEAN_PIERRE("Jean-Pierre Hoarau", ParticipantKind.PERSON, "974"),
  MARYSE("Maryse Célestine", ParticipantKind.PERSON, "971"),
  LUCAS("Lucas Martin", ParticipantKind.PERSON, "75"),
  NADIA("Nadia Rousseau", ParticipantKind.PERSON, "13"),
  CLES("Association Clés du numérique", ParticipantKind.ASSOCIATION, "44"),
  HAUT_VALLON("Communauté de communes du Haut-Vallon", ParticipantKind.LOCAL_AUTHORITY, "23"),
  CONNECTIS("Connectis SAS", ParticipantKind.COMPANY, "33"),
  INES("Inès Benali", ParticipantKind.PERSON, "69", Role.FACILITATOR, Role.PARTICIPANT),
  KARIM("Karim Haddad", ParticipantKind.PERSON, "59", Role.FACILITATOR);

  private final String displayName;
  private final ParticipantKind kind;
  private final @Nullable String territory;
  private final Set<Role> roles;

  Member(String displayName, ParticipantKind kind, @Nullable String territory) {
    this(displayName, kind, territory, Role.PARTICIPANT);
  }

  Member(
      String displayName,
      ParticipantKind kind,
      @Nullable String territory,
      Role first,
      Role... more) {
    this.displayName = displayName;
    this.kind = kind;
    this.territory = territory;
    this.roles = EnumSet.of(first, more);
  }

  /** The host's identifier for this member. */
  ParticipantId id() {
    return ParticipantId.of("demo-" + name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /** The member signed in, reading in French. */
  Actor actor() {
    return new Actor(id(), roles, Locale.FRENCH);
  }

  /** The public name. */
  String displayName() {
    return displayName;
  }

  /** Person, association, local authority or company. */
  ParticipantKind kind() {
    return kind;
  }

  /** The member's département code. */
  @Nullable String territory() {
    return territory;
  }
}
