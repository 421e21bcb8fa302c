/**
 * The domain model: immutable values with typed identifiers, and the exceptions the library
 * reports. Invariants are checked in constructors and reported as {@link
 * org.openconsultation.core.model.InvalidInputException}.
 */
@NullMarked
package org.openconsultation.core.model;

import org.jspecify.annotations.NullMarked;
