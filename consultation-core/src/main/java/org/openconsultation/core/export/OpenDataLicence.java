package org.openconsultation.core.export;

import java.util.Objects;

/**
 * The licence an open-data package is published under, as a Frictionless {@code licenses} entry.
 *
 * @param name the SPDX-style identifier, for example {@code etalab-2.0} or {@code CC-BY-4.0}
 * @param title the human title
 * @param path the address of the licence text
 */
public record OpenDataLicence(String name, String title, String path) {

  /** Checks that no component is blank. */
  public OpenDataLicence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(path, "path");
    if (name.isBlank() || title.isBlank() || path.isBlank()) {
      throw new IllegalArgumentException("a licence needs a name, a title and a path");
    }
  }

  /** The French public sector's open licence, Licence Ouverte 2.0. */
  public static OpenDataLicence etalab() {
    return new OpenDataLicence(
        "etalab-2.0",
        "Licence Ouverte / Open Licence version 2.0",
        "https://www.etalab.gouv.fr/licence-ouverte-open-licence");
  }

  /** Creative Commons Attribution 4.0. */
  public static OpenDataLicence ccBy() {
    return new OpenDataLicence(
        "CC-BY-4.0",
        "Creative Commons Attribution 4.0",
        "https://creativecommons.org/licenses/by/4.0/");
  }
}
