package org.openconsultation.examples.seed;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Stance;

/**
 * A comment to post.
 *
 * @param at when it is posted
 * @param author who posts it
 * @param contribution what it comments on
 * @param parent the comment it replies to, or null
 * @param stance the author's stance, or null
 * @param body its text
 */
record Note(
    Instant at,
    DemoPerson author,
    Draft contribution,
    @Nullable Note parent,
    @Nullable Stance stance,
    String body)
    implements Content {}
