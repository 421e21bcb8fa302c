package org.openconsultation.examples.seed;

import java.text.Normalizer;
import java.util.Locale;
import org.openconsultation.core.model.ParticipantId;

/** Identifiers made from names: "Gwenaëlle Le Bihan" becomes {@code demo-gwenaelle-le-bihan}. */
final class Slugs {

  private Slugs() {}

  /** The name in lower case ASCII, words joined by hyphens. */
  static String slug(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace("œ", "oe")
            .replace("Œ", "Oe")
            .toLowerCase(Locale.ROOT);
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  /** The demo participant id for {@code name}. */
  static ParticipantId id(String name) {
    return ParticipantId.of("demo-" + slug(name));
  }
}
