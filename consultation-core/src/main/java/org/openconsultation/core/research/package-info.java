/**
 * Research toolkit: datasets of contributions and timestamped ballots, readers for real data (the
 * pol.is open-data export, {@link org.openconsultation.core.research.PolisExport}, and CSV files of
 * totals, {@link org.openconsultation.core.research.TalliesCsv}), a seeded {@link
 * org.openconsultation.core.research.Simulation} of consultations with latent item quality,
 * position bias and herding, and measures to compare ranking rules: {@link
 * org.openconsultation.core.research.KendallTau}, {@link
 * org.openconsultation.core.research.TopKOverlap}, {@link
 * org.openconsultation.core.research.Stability} and {@link
 * org.openconsultation.core.research.Comparison}.
 *
 * <p>Everything here runs in memory, without an engine or a store, and is deterministic: the same
 * input and seed give the same output. Bad input files raise {@link
 * org.openconsultation.core.model.InvalidInputException} with a violation whose path names the
 * file, line and column ({@code votes.csv:12:vote}).
 */
@NullMarked
package org.openconsultation.core.research;

import org.jspecify.annotations.NullMarked;
