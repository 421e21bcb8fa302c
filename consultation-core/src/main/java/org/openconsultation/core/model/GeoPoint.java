package org.openconsultation.core.model;

/**
 * A WGS 84 position.
 *
 * @param latitude degrees, from -90 to 90
 * @param longitude degrees, from -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

  /** Checks the ranges. */
  public GeoPoint {
    Checks.require(
        latitude >= -90 && latitude <= 90, "range", "latitude", "must be between -90 and 90");
    Checks.require(
        longitude >= -180 && longitude <= 180,
        "range",
        "longitude",
        "must be between -180 and 180");
  }
}
