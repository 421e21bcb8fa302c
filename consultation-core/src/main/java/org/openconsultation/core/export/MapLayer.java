package org.openconsultation.core.export;

/** The GeoJSON layers of a consultation's map. */
public enum MapLayer {
  /** Workshops at their place. */
  WORKSHOPS,
  /** Published contributions that carry a location, of every kind. */
  CONTRIBUTIONS,
  /** Institutional contributions that carry a location. */
  INSTITUTIONAL_CONTRIBUTIONS
}
