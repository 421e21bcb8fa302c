/**
 * The publishing guide's tour: {@link org.openconsultation.examples.publishing.PublishingTour}
 * seeds the demo consultation on an in-memory engine and writes every export, report and chart of
 * it into a directory. The code between the {@code publishing:<name>} markers is quoted in {@code
 * docs/publishing.md} as it stands, and the guide's samples are taken from the files it writes.
 */
@NullMarked
package org.openconsultation.examples.publishing;

import org.jspecify.annotations.NullMarked;
