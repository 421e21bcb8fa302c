package org.openconsultation.core;

/**
 * Streaming exports of a consultation: CSV per entity, an XLSX workbook, JSON and JSON Lines,
 * GeoJSON layers and the open-data package. Exports read published content (every status for an
 * actor allowed to read unpublished content); ballots and tallies follow the visibility of results.
 */
public interface Exports {}
