package org.openconsultation.examples.seed;

import java.time.Instant;

/**
 * Something the seed will post: a contribution ({@link Draft}) or a comment ({@link Note}). Plans
 * refer to them by identity until the engine gives them ids.
 */
sealed interface Content permits Draft, Note {

  /** When it is posted. */
  Instant at();

  /** Who posts it. */
  DemoPerson author();
}
