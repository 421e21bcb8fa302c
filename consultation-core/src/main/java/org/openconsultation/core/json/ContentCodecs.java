package org.openconsultation.core.json;

import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Stance;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.WorkshopId;

/** Themes, contributions with their provenance and location, revisions and comments. */
final class ContentCodecs {

  private ContentCodecs() {}

  static void register(SimpleModule module) {
    RecordCodec.add(module, Theme.class, ContentCodecs::writeTheme, ContentCodecs::readTheme);
    RecordCodec.add(module, GeoPoint.class, ContentCodecs::writePoint, ContentCodecs::readPoint);
    RecordCodec.add(
        module, Provenance.class, ContentCodecs::writeProvenance, ContentCodecs::readProvenance);
    RecordCodec.add(
        module,
        Provenance.Assistance.class,
        (a, out) -> out.text("onBehalfOf", a.onBehalfOf()),
        in -> new Provenance.Assistance(in.text("onBehalfOf")));
    RecordCodec.add(
        module,
        Contribution.class,
        ContentCodecs::writeContribution,
        ContentCodecs::readContribution);
    RecordCodec.add(
        module, Revision.class, ContentCodecs::writeRevision, ContentCodecs::readRevision);
    RecordCodec.add(module, Comment.class, ContentCodecs::writeComment, ContentCodecs::readComment);
  }

  static void writeTheme(Theme t, RecordWriter out) throws IOException {
    out.text("consultationId", t.consultationId());
    out.text("id", t.id());
    out.text("title", t.title());
    out.text("description", t.description());
    out.number("position", t.position());
  }

  static Theme readTheme(RecordReader in) throws IOException {
    return new Theme(
        in.parsed("consultationId", ConsultationId.class, ConsultationId::parse),
        in.parsed("id", ThemeId.class, ThemeId::parse),
        in.text("title"),
        in.text("description"),
        in.integer("position"));
  }

  static void writePoint(GeoPoint p, RecordWriter out) throws IOException {
    out.decimal("latitude", p.latitude());
    out.decimal("longitude", p.longitude());
  }

  static GeoPoint readPoint(RecordReader in) throws IOException {
    return new GeoPoint(in.decimal("latitude"), in.decimal("longitude"));
  }

  /**
   * {@code {"type":"individual"}} (with {@code onBehalfOf} when assisted), {@code
   * {"type":"collective","workshop":…,"attendeeCount":…}} or {@code
   * {"type":"institutional","organisation":…}}.
   */
  static void writeProvenance(Provenance p, RecordWriter out) throws IOException {
    out.enumValue("type", p.kind());
    if (p instanceof Provenance.Individual i && i.assistance() != null) {
      out.text("onBehalfOf", i.assistance().onBehalfOf());
    } else if (p instanceof Provenance.Collective c) {
      out.text("workshop", c.workshop());
      out.number("attendeeCount", c.attendeeCount());
    } else if (p instanceof Provenance.Institutional i) {
      out.text("organisation", i.organisation());
    }
  }

  static Provenance readProvenance(RecordReader in) throws IOException {
    String type = in.text("type");
    return switch (type) {
      case "individual" -> {
        String onBehalfOf = in.optionalText("onBehalfOf");
        yield new Provenance.Individual(
            onBehalfOf == null ? null : new Provenance.Assistance(onBehalfOf));
      }
      case "collective" ->
          new Provenance.Collective(
              in.parsed("workshop", WorkshopId.class, WorkshopId::parse),
              in.integer("attendeeCount"));
      case "institutional" -> new Provenance.Institutional(in.text("organisation"));
      default ->
          throw InvalidTypeIdException.from(
              in.context().getParser(),
              in.path()
                  + ": unknown provenance type \""
                  + type
                  + "\"; expected individual, collective or institutional",
              in.context().constructType(Provenance.class),
              type);
    };
  }

  static void writeContribution(Contribution c, RecordWriter out) throws IOException {
    out.text("consultationId", c.consultationId());
    out.text("id", c.id());
    out.text("reference", c.reference());
    out.text("themeId", c.themeId());
    out.text("author", c.author());
    out.object("provenance", c.provenance(), ContentCodecs::writeProvenance);
    out.text("title", c.title());
    out.text("body", c.body());
    out.optionalText("territory", c.territory());
    out.optionalObject("location", c.location(), ContentCodecs::writePoint);
    out.enumValue("status", c.status());
    out.number("revision", c.revision());
    out.instant("submittedAt", c.submittedAt());
    out.instant("updatedAt", c.updatedAt());
  }

  static Contribution readContribution(RecordReader in) throws IOException {
    return new Contribution(
        in.parsed("consultationId", ConsultationId.class, ConsultationId::parse),
        in.parsed("id", ContributionId.class, ContributionId::parse),
        in.parsed("reference", Reference.class, Reference::parse),
        in.parsed("themeId", ThemeId.class, ThemeId::parse),
        in.parsed("author", ParticipantId.class, ParticipantId::of),
        in.object("provenance", Provenance.class, ContentCodecs::readProvenance),
        in.text("title"),
        in.text("body"),
        in.optionalText("territory"),
        in.optionalObject("location", GeoPoint.class, ContentCodecs::readPoint),
        in.enumValue("status", PublicationStatus.class),
        in.integer("revision"),
        in.instant("submittedAt"),
        in.instant("updatedAt"));
  }

  static void writeRevision(Revision r, RecordWriter out) throws IOException {
    out.text("consultationId", r.consultationId());
    out.text("contributionId", r.contributionId());
    out.number("number", r.number());
    out.text("title", r.title());
    out.text("body", r.body());
    out.text("editor", r.editor());
    out.text("note", r.note());
    out.instant("createdAt", r.createdAt());
  }

  static Revision readRevision(RecordReader in) throws IOException {
    return new Revision(
        in.parsed("consultationId", ConsultationId.class, ConsultationId::parse),
        in.parsed("contributionId", ContributionId.class, ContributionId::parse),
        in.integer("number"),
        in.text("title"),
        in.text("body"),
        in.parsed("editor", ParticipantId.class, ParticipantId::of),
        in.text("note"),
        in.instant("createdAt"));
  }

  static void writeComment(Comment c, RecordWriter out) throws IOException {
    out.text("consultationId", c.consultationId());
    out.text("id", c.id());
    out.text("contributionId", c.contributionId());
    out.optionalText("parent", c.parent());
    out.text("author", c.author());
    out.text("body", c.body());
    out.optionalEnum("stance", c.stance());
    out.enumValue("status", c.status());
    out.instant("postedAt", c.postedAt());
  }

  static Comment readComment(RecordReader in) throws IOException {
    return new Comment(
        in.parsed("consultationId", ConsultationId.class, ConsultationId::parse),
        in.parsed("id", CommentId.class, CommentId::parse),
        in.parsed("contributionId", ContributionId.class, ContributionId::parse),
        in.optionalParsed("parent", CommentId.class, CommentId::parse),
        in.parsed("author", ParticipantId.class, ParticipantId::of),
        in.text("body"),
        in.optionalEnum("stance", Stance.class),
        in.enumValue("status", PublicationStatus.class),
        in.instant("postedAt"));
  }
}
