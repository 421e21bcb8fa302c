package org.openconsultation.core.json;

import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.DecisionId;
import org.openconsultation.core.model.Flag;
import org.openconsultation.core.model.FlagId;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ModerationDecision;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Violation;

/** Reports, moderation decisions, what they target, and the violations of refused input. */
final class ModerationCodecs {

  private ModerationCodecs() {}

  static void register(SimpleModule module) {
    RecordCodec.add(
        module, ContentRef.class, ModerationCodecs::writeTarget, ModerationCodecs::readTarget);
    RecordCodec.add(module, Flag.class, ModerationCodecs::writeFlag, ModerationCodecs::readFlag);
    RecordCodec.add(
        module,
        ModerationDecision.class,
        ModerationCodecs::writeDecision,
        ModerationCodecs::readDecision);
    RecordCodec.add(
        module,
        Violation.class,
        (v, out) -> {
          out.text("code", v.code());
          out.text("path", v.path());
          out.text("message", v.message());
        },
        in -> new Violation(in.text("code"), in.text("path"), in.text("message")));
  }

  /** {@code {"type":"contribution","id":…}} or {@code {"type":"comment","id":…}}. */
  static void writeTarget(ContentRef ref, RecordWriter out) throws IOException {
    if (ref instanceof ContentRef.OfContribution c) {
      out.text("type", "contribution");
      out.text("id", c.id());
    } else if (ref instanceof ContentRef.OfComment c) {
      out.text("type", "comment");
      out.text("id", c.id());
    }
  }

  static ContentRef readTarget(RecordReader in) throws IOException {
    String type = in.text("type");
    return switch (type) {
      case "contribution" ->
          ContentRef.of(in.parsed("id", ContributionId.class, ContributionId::parse));
      case "comment" -> ContentRef.of(in.parsed("id", CommentId.class, CommentId::parse));
      default ->
          throw InvalidTypeIdException.from(
              in.context().getParser(),
              in.path()
                  + ": unknown target type \""
                  + type
                  + "\"; expected contribution or comment",
              in.context().constructType(ContentRef.class),
              type);
    };
  }

  static void writeFlag(Flag f, RecordWriter out) throws IOException {
    out.text("consultationId", f.consultationId());
    out.text("id", f.id());
    out.object("target", f.target(), ModerationCodecs::writeTarget);
    out.text("reporter", f.reporter());
    out.text("reason", f.reason());
    out.instant("reportedAt", f.reportedAt());
  }

  static Flag readFlag(RecordReader in) throws IOException {
    return new Flag(
        in.parsed("consultationId", ConsultationId.class, ConsultationId::parse),
        in.parsed("id", FlagId.class, FlagId::parse),
        in.object("target", ContentRef.class, ModerationCodecs::readTarget),
        in.parsed("reporter", ParticipantId.class, ParticipantId::of),
        in.text("reason"),
        in.instant("reportedAt"));
  }

  static void writeDecision(ModerationDecision d, RecordWriter out) throws IOException {
    out.text("consultationId", d.consultationId());
    out.text("id", d.id());
    out.object("target", d.target(), ModerationCodecs::writeTarget);
    out.enumValue("action", d.action());
    out.text("reason", d.reason());
    out.optionalText("moderator", d.moderator());
    out.instant("decidedAt", d.decidedAt());
  }

  static ModerationDecision readDecision(RecordReader in) throws IOException {
    return new ModerationDecision(
        in.parsed("consultationId", ConsultationId.class, ConsultationId::parse),
        in.parsed("id", DecisionId.class, DecisionId::parse),
        in.object("target", ContentRef.class, ModerationCodecs::readTarget),
        in.enumValue("action", ModerationAction.class),
        in.text("reason"),
        in.optionalParsed("moderator", ParticipantId.class, ParticipantId::of),
        in.instant("decidedAt"));
  }
}
