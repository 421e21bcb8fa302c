/**
 * The ranking lab: a command-line program that ranks a pol.is conversation or a tallies file by any
 * built-in rule ({@code rank}), compares rules on the same votes ({@code compare}) and measures how
 * well they recover a simulated truth ({@code simulate}). {@link
 * org.openconsultation.examples.lab.RankingLab} is the entry point; everything else is package
 * private. Built on {@code org.openconsultation.core.research}; see {@code docs/research.md}.
 */
@NullMarked
package org.openconsultation.examples.lab;

import org.jspecify.annotations.NullMarked;
