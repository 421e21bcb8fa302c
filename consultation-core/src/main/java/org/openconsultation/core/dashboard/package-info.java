/**
 * The dashboard's figures as values: participation per day in the consultation's time zone, per
 * theme, kind and territory (with optional small-cell suppression), workshops, the participation
 * funnel and the top contributions per ranking rule; and {@link
 * org.openconsultation.core.dashboard.DashboardCharts}, which draws them as accessible SVG charts
 * with their data tables. The engine's {@code dashboard()} computes the figures.
 */
@NullMarked
package org.openconsultation.core.dashboard;

import org.jspecify.annotations.NullMarked;
