package org.openconsultation.core;

import org.openconsultation.core.model.PublicationStatus;

/**
 * What a report did.
 *
 * @param recorded false if the actor had already reported this content (nothing changed)
 * @param reporters how many distinct participants have reported it
 * @param status the content's status afterwards (hidden if the threshold was reached)
 */
public record FlagOutcome(boolean recorded, long reporters, PublicationStatus status) {}
