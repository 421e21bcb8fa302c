package org.openconsultation.core.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.Lifecycle;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneId;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ModerationMode;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.NewsItemId;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.VoteMode;

/**
 * Consultations with their schedule, settings and lifecycle; participants, news and milestones. A
 * locale is written as its BCP 47 language tag ({@code fr}, {@code fr-GP}); features in the order
 * of {@link Feature}.
 */
final class ConsultationCodecs {

  private ConsultationCodecs() {}

  static void register(SimpleModule module) {
    RecordCodec.add(
        module,
        Schedule.class,
        ConsultationCodecs::writeSchedule,
        ConsultationCodecs::readSchedule);
    RecordCodec.add(
        module,
        Lifecycle.class,
        ConsultationCodecs::writeLifecycle,
        ConsultationCodecs::readLifecycle);
    RecordCodec.add(
        module,
        ConsultationSettings.class,
        ConsultationCodecs::writeSettings,
        ConsultationCodecs::readSettings);
    RecordCodec.add(
        module,
        Consultation.class,
        ConsultationCodecs::writeConsultation,
        ConsultationCodecs::readConsultation);
    RecordCodec.add(
        module,
        Participant.class,
        ConsultationCodecs::writeParticipant,
        ConsultationCodecs::readParticipant);
    RecordCodec.add(
        module, NewsItem.class, ConsultationCodecs::writeNews, ConsultationCodecs::readNews);
    RecordCodec.add(
        module,
        Milestone.class,
        ConsultationCodecs::writeMilestone,
        ConsultationCodecs::readMilestone);
  }

  static void writeSchedule(Schedule s, RecordWriter out) throws IOException {
    out.instant("opensAt", s.opensAt());
    out.instant("closesAt", s.closesAt());
    out.text("zone", s.zone().getId());
  }

  static Schedule readSchedule(RecordReader in) throws IOException {
    return new Schedule(
        in.instant("opensAt"), in.instant("closesAt"), in.parsed("zone", ZoneId.class, ZoneId::of));
  }

  static void writeLifecycle(Lifecycle l, RecordWriter out) throws IOException {
    out.optionalInstant("publishedAt", l.publishedAt());
    out.optionalInstant("closedEarlyAt", l.closedEarlyAt());
    out.optionalText("closeReason", l.closeReason());
    out.optionalInstant("resultsPublishedAt", l.resultsPublishedAt());
    out.optionalInstant("archivedAt", l.archivedAt());
  }

  static Lifecycle readLifecycle(RecordReader in) throws IOException {
    return new Lifecycle(
        in.optionalInstant("publishedAt"),
        in.optionalInstant("closedEarlyAt"),
        in.optionalText("closeReason"),
        in.optionalInstant("resultsPublishedAt"),
        in.optionalInstant("archivedAt"));
  }

  static void writeSettings(ConsultationSettings s, RecordWriter out) throws IOException {
    out.enumValue("voteMode", s.voteMode());
    out.number("supportLimit", s.supportLimit());
    out.enumValue("moderationMode", s.moderationMode());
    out.number("autoHideThreshold", s.autoHideThreshold());
    out.texts(
        "features",
        s.features().isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(s.features()));
    out.bool("resultsHiddenUntilClose", s.resultsHiddenUntilClose());
    out.text("defaultRankingRule", s.defaultRankingRule());
    out.number("gradeCount", s.gradeCount());
  }

  static ConsultationSettings readSettings(RecordReader in) throws IOException {
    return new ConsultationSettings(
        in.enumValue("voteMode", VoteMode.class),
        in.integer("supportLimit"),
        in.enumValue("moderationMode", ModerationMode.class),
        in.integer("autoHideThreshold"),
        new HashSet<>(
            in.parsedList("features", Feature.class, text -> EnumNames.parse(Feature.class, text))),
        in.bool("resultsHiddenUntilClose"),
        in.text("defaultRankingRule"),
        in.integer("gradeCount"));
  }

  static void writeConsultation(Consultation c, RecordWriter out) throws IOException {
    out.text("id", c.id());
    out.text("slug", c.slug());
    out.text("title", c.title());
    out.text("description", c.description());
    out.text("organiser", c.organiser());
    out.text("locale", c.locale().toLanguageTag());
    out.object("schedule", c.schedule(), ConsultationCodecs::writeSchedule);
    out.object("settings", c.settings(), ConsultationCodecs::writeSettings);
    out.object("lifecycle", c.lifecycle(), ConsultationCodecs::writeLifecycle);
    out.text("termsVersion", c.termsVersion());
    out.instant("createdAt", c.createdAt());
    out.number("version", c.version());
  }

  static Consultation readConsultation(RecordReader in) throws IOException {
    return new Consultation(
        in.parsed("id", ConsultationId.class, ConsultationId::parse),
        in.text("slug"),
        in.text("title"),
        in.text("description"),
        in.parsed("organiser", ParticipantId.class, ParticipantId::of),
        in.parsed("locale", Locale.class, tag -> new Locale.Builder().setLanguageTag(tag).build()),
        in.object("schedule", Schedule.class, ConsultationCodecs::readSchedule),
        in.object("settings", ConsultationSettings.class, ConsultationCodecs::readSettings),
        in.object("lifecycle", Lifecycle.class, ConsultationCodecs::readLifecycle),
        in.text("termsVersion"),
        in.instant("createdAt"),
        in.number("version"));
  }

  static void writeParticipant(Participant p, RecordWriter out) throws IOException {
    out.text("consultationId", p.consultationId());
    out.text("id", p.id());
    out.text("displayName", p.displayName());
    out.enumValue("kind", p.kind());
    out.optionalText("territory", p.territory());
    out.text("termsVersion", p.termsVersion());
    out.instant("registeredAt", p.registeredAt());
  }

  static Participant readParticipant(RecordReader in) throws IOException {
    return new Participant(
        in.parsed("consultationId", ConsultationId.class, ConsultationId::parse),
        in.parsed("id", ParticipantId.class, ParticipantId::of),
        in.text("displayName"),
        in.enumValue("kind", ParticipantKind.class),
        in.optionalText("territory"),
        in.text("termsVersion"),
        in.instant("registeredAt"));
  }

  static void writeNews(NewsItem n, RecordWriter out) throws IOException {
    out.text("consultationId", n.consultationId());
    out.text("id", n.id());
    out.text("title", n.title());
    out.text("body", n.body());
    out.text("author", n.author());
    out.instant("publishedAt", n.publishedAt());
  }

  static NewsItem readNews(RecordReader in) throws IOException {
    return new NewsItem(
        in.parsed("consultationId", ConsultationId.class, ConsultationId::parse),
        in.parsed("id", NewsItemId.class, NewsItemId::parse),
        in.text("title"),
        in.text("body"),
        in.parsed("author", ParticipantId.class, ParticipantId::of),
        in.instant("publishedAt"));
  }

  static void writeMilestone(Milestone m, RecordWriter out) throws IOException {
    out.text("consultationId", m.consultationId());
    out.text("id", m.id());
    out.text("label", m.label());
    out.text("description", m.description());
    out.text("date", m.date());
    out.enumValue("status", m.status());
  }

  static Milestone readMilestone(RecordReader in) throws IOException {
    return new Milestone(
        in.parsed("consultationId", ConsultationId.class, ConsultationId::parse),
        in.parsed("id", MilestoneId.class, MilestoneId::parse),
        in.text("label"),
        in.text("description"),
        in.parsed("date", LocalDate.class, LocalDate::parse),
        in.enumValue("status", MilestoneStatus.class));
  }
}
