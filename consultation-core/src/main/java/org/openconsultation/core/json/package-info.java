/**
 * JSON for the model: {@link org.openconsultation.core.json.OpenConsultationModule}, a Jackson
 * module a host registers on its own {@code ObjectMapper} to write and read every model record
 * (typed ids, references, consultations, themes, contributions, revisions, workshops, comments,
 * ballots, tallies, news, milestones, participants, moderation records and rankings). The exports
 * write their JSON and JSON Lines with it.
 */
@NullMarked
package org.openconsultation.core.json;

import org.jspecify.annotations.NullMarked;
