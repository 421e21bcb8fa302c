/**
 * The demo portal: a complete host application on the embedded H2 database, started with one
 * command ({@link org.openconsultation.examples.portal.DemoPortal}) and seeded on first run.
 */
@NullMarked
package org.openconsultation.examples.portal;

import org.jspecify.annotations.NullMarked;
