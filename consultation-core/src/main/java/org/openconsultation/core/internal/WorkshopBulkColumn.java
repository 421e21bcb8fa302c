package org.openconsultation.core.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** The columns of the workshop bulk-import template, in template order. */
enum WorkshopBulkColumn {
  TITLE("titre", "title", true),
  DESCRIPTION("description", "description", false),
  DATE("date", "date", true),
  TIME("heure", "time", true),
  TIME_ZONE("fuseau horaire", "time zone", false),
  PLACE_NAME("lieu", "place name", true),
  ADDRESS("adresse", "address", true),
  TERRITORY("territoire", "territory", true),
  LATITUDE("latitude", "latitude", true),
  LONGITUDE("longitude", "longitude", true),
  ATTENDEES("nombre de participants", "attendee count", true),
  THEMES("thèmes", "themes", false),
  CONTRIBUTION_THEME("thème de la contribution", "contribution theme", false),
  CONTRIBUTION_TITLE("titre de la contribution", "contribution title", false),
  CONTRIBUTION_BODY("texte de la contribution", "contribution text", false);

  private final String french;
  private final String english;
  private final boolean required;

  WorkshopBulkColumn(String french, String english, boolean required) {
    this.french = french;
    this.english = english;
    this.required = required;
  }

  /** The header of this column in the template for {@code locale}. */
  String header(Locale locale) {
    return Messages.supported(locale).equals(Locale.FRENCH) ? french : english;
  }

  /** Whether a file must have this column. */
  boolean required() {
    return required;
  }

  /** Whether this column belongs to the optional collective contribution. */
  boolean contribution() {
    return this == CONTRIBUTION_THEME || this == CONTRIBUTION_TITLE || this == CONTRIBUTION_BODY;
  }

  /** The column a header names, in French or English, ignoring case, accents and spacing. */
  static Optional<WorkshopBulkColumn> named(String header) {
    String key = key(header);
    for (WorkshopBulkColumn c : values()) {
      if (key(c.french).equals(key) || key(c.english).equals(key)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Text folded for lenient matching: no accents, lower case, single spaces. */
  static String key(String text) {
    String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return bare.replaceAll("[\\s_\\-\\u00a0]+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
