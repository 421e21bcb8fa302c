/**
 * Export formats and their options: CSV (RFC 4180 or spreadsheet-friendly, with formula
 * neutralisation), XLSX, JSON Lines, GeoJSON and the Frictionless open-data package, and how
 * participants are pseudonymised in them. The engine's {@code exports()} runs them.
 */
@NullMarked
package org.openconsultation.core.export;

import org.jspecify.annotations.NullMarked;
