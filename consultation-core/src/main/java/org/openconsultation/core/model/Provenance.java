package org.openconsultation.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Where a contribution comes from; decides its {@link ContributionKind}. */
public sealed interface Provenance {

  /** The kind of contribution this provenance makes. */
  ContributionKind kind();

  /** An individual contribution, written online by its author. */
  static Provenance individual() {
    return new Individual(null);
  }

  /**
   * From one person.
   *
   * @param assistance set when a facilitator submitted it on behalf of someone not online
   */
  record Individual(@Nullable Assistance assistance) implements Provenance {
    @Override
    public ContributionKind kind() {
      return ContributionKind.INDIVIDUAL;
    }

    /** Whether a facilitator submitted it on someone's behalf. */
    public boolean assisted() {
      return assistance != null;
    }
  }

  /**
   * An assisted contribution: the facilitator (the contribution's author of record) typed in what a
   * person said, for example at a digital-inclusion desk.
   *
   * @param onBehalfOf the person's name, as they agreed to have it shown
   */
  record Assistance(String onBehalfOf) {
    /** Checks the name is present. */
    public Assistance {
      Checks.text(onBehalfOf, "onBehalfOf", 200);
    }
  }

  /**
   * From a workshop.
   *
   * @param workshop the workshop
   * @param attendeeCount how many attendees the contribution speaks for
   */
  record Collective(WorkshopId workshop, int attendeeCount) implements Provenance {
    /** Checks the workshop is present and the count positive. */
    public Collective {
      Objects.requireNonNull(workshop, "workshop");
      Checks.require(attendeeCount > 0, "min", "attendeeCount", "must be at least 1");
    }

    @Override
    public ContributionKind kind() {
      return ContributionKind.COLLECTIVE;
    }
  }

  /**
   * On behalf of an organisation.
   *
   * @param organisation the organisation's name
   */
  record Institutional(String organisation) implements Provenance {
    /** Checks the name is present. */
    public Institutional {
      Checks.text(organisation, "organisation", 200);
    }

    @Override
    public ContributionKind kind() {
      return ContributionKind.INSTITUTIONAL;
    }
  }
}
