/**
 * Who is signed in to the demo portal: a demo sign-in that a host replaces with its own login; the
 * engine only ever sees an {@link org.openconsultation.core.model.Actor}.
 */
@NullMarked
package org.openconsultation.examples.portal.identity;

import org.jspecify.annotations.NullMarked;
