/** The quick start quoted in the README, compiled and tested so that it stays true. */
@NullMarked
package org.openconsultation.examples.quickstart;

import org.jspecify.annotations.NullMarked;
