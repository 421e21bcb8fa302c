/**
 * A small SVG writer for accessible charts, with no dependency beyond the JDK: {@link
 * org.openconsultation.core.dashboard.svg.BarChart}, {@link
 * org.openconsultation.core.dashboard.svg.LineChart} and {@link
 * org.openconsultation.core.dashboard.svg.PointMap}, each drawn from a {@link
 * org.openconsultation.core.dashboard.svg.DataTable} that renders as an HTML table with exactly the
 * same numbers.
 *
 * <p>Every chart is a standalone SVG document: {@code role="img"}, a {@code <title>} and a {@code
 * <desc>} that give its text alternative, a {@code viewBox}, escaped text, no script, no style
 * sheet, no font, image or tile fetched from elsewhere. Colours come from the Okabe–Ito
 * colour-blind-safe palette, restricted to the shades with at least 3:1 contrast on white; series
 * also differ by dash pattern, and bars carry their value as text.
 */
@NullMarked
package org.openconsultation.core.dashboard.svg;

import org.jspecify.annotations.NullMarked;
