package org.openconsultation.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.PermalinkTemplate;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;

/**
 * Writes GeoJSON features (RFC 7946): a stable {@code id}, a {@code Point} at [longitude, latitude]
 * in WGS 84, and flat properties that uMap shows in its popups ({@code name} as the title, {@code
 * description} as the text, the others in its table popup).
 */
final class GeoJsonFeatures {

  /** The longest description of a contribution, in code points, before it is cut. */
  static final int EXCERPT = 500;

  private final JsonGenerator gen;
  private final Consultation consultation;
  private final PermalinkTemplate permalinks;
  private final @Nullable String source;
  private final Map<ThemeId, String> themes;
  private final GeoJsonMessages words;

  GeoJsonFeatures(
      JsonGenerator gen, ExportScope scope, @Nullable String source, Map<ThemeId, String> themes) {
    this.gen = gen;
    this.consultation = scope.consultation();
    this.permalinks = scope.permalinks();
    this.source = source;
    this.themes = themes;
    this.words = new GeoJsonMessages(consultation.locale());
  }

  /**
   * A workshop, identified by its id: its title, a description with what happened, the date, the
   * place, the attendees and the themes, and the same facts as separate properties.
   */
  void workshop(Workshop w) throws IOException {
    begin(w.id().toString(), w.place().point());
    List<String> lines = new ArrayList<>();
    if (!w.description().isBlank()) {
      lines.add(w.description().strip());
    }
    lines.add(words.heldAt(w.heldAt()));
    lines.add(w.place().name() + ", " + w.place().address());
    lines.add(words.get("workshop.attendees", w.attendeeCount()));
    String themeTitles = String.join(", ", w.themes().stream().map(this::theme).toList());
    if (!w.themes().isEmpty()) {
      lines.add(words.get("workshop.themes", themeTitles));
    }
    gen.writeStringField("name", w.title());
    gen.writeStringField("description", String.join("\n", lines));
    gen.writeStringField("date", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(w.heldAt()));
    gen.writeStringField("place", w.place().name());
    gen.writeStringField("address", w.place().address());
    gen.writeStringField("territory", w.place().territory());
    gen.writeNumberField("attendees", w.attendeeCount());
    gen.writeStringField("themes", themeTitles);
    end();
  }

  /**
   * A contribution, identified by its reference: its title, the beginning of its text, its
   * permalink, and its reference, kind, theme, territory, organisation and submission date.
   */
  void contribution(Contribution c, GeoPoint at) throws IOException {
    begin(c.reference().toString(), at);
    gen.writeStringField("name", c.title());
    gen.writeStringField("description", excerpt(c.body()));
    gen.writeStringField("link", link(c));
    gen.writeStringField("reference", c.reference().toString());
    gen.writeStringField("kind", c.kind().name().toLowerCase(Locale.ROOT));
    gen.writeStringField("theme", theme(c.themeId()));
    if (c.territory() != null) {
      gen.writeStringField("territory", c.territory());
    }
    if (c.provenance() instanceof Provenance.Institutional i) {
      gen.writeStringField("organisation", i.organisation());
    }
    gen.writeStringField(
        "submitted",
        c.submittedAt().atZone(consultation.schedule().zone()).toLocalDate().toString());
    end();
  }

  /** The permalink, made absolute against the export's source address when it is relative. */
  private String link(Contribution c) {
    String link = permalinks.link(consultation, c.reference());
    if (source == null) {
      return link;
    }
    try {
      URI uri = URI.create(link);
      return uri.isAbsolute() ? link : URI.create(source).resolve(uri).toString();
    } catch (IllegalArgumentException e) {
      return link;
    }
  }

  private String theme(ThemeId id) {
    return themes.getOrDefault(id, "");
  }

  private static String excerpt(String text) {
    String stripped = text.strip();
    if (stripped.codePointCount(0, stripped.length()) <= EXCERPT) {
      return stripped;
    }
    return stripped.substring(0, stripped.offsetByCodePoints(0, EXCERPT - 1)).stripTrailing() + "…";
  }

  private void begin(String id, GeoPoint point) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("type", "Feature");
    gen.writeStringField("id", id);
    gen.writeObjectFieldStart("geometry");
    gen.writeStringField("type", "Point");
    gen.writeArrayFieldStart("coordinates");
    gen.writeNumber(point.longitude());
    gen.writeNumber(point.latitude());
    gen.writeEndArray();
    gen.writeEndObject();
    gen.writeObjectFieldStart("properties");
  }

  private void end() throws IOException {
    gen.writeEndObject();
    gen.writeEndObject();
  }
}
