package org.openconsultation.core.export;

/**
 * The tables of a consultation's export. Each is one CSV file, one JSON Lines file and one resource
 * of the open-data package; files never name the consultation's own id, so an export can be loaded
 * into another consultation.
 */
public enum ExportTable {
  /** Themes, in their order. */
  THEMES,
  /** Contributions of every kind, as they are now, with their reference and provenance. */
  CONTRIBUTIONS,
  /** Every revision of every contribution, so that cited revisions stay resolvable. */
  REVISIONS,
  /** Workshops with their place, coordinates and attendees. */
  WORKSHOPS,
  /** Comments with their thread parent and stance. */
  COMMENTS,
  /** Ballots, one row per participant and contribution, participants pseudonymised. */
  BALLOTS,
  /** The tally of each contribution, as the ballots add up. */
  TALLIES;

  /** The file name stem, for example {@code contributions}. */
  public String fileStem() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
