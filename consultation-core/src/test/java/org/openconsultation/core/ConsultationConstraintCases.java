package org.openconsultation.core;

import static org.openconsultation.core.ValidationCase.invalid;
import static org.openconsultation.core.ValidationCase.notBlank;
import static org.openconsultation.core.ValidationCase.notNull;
import static org.openconsultation.core.ValidationCase.positiveOrZero;
import static org.openconsultation.core.ValidationCase.size;
import static org.openconsultation.core.ValidationCase.slug;
import static org.openconsultation.core.ValidationCase.territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openconsultation.core.command.AddMilestone;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CloseEarly;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.ExtendConsultation;
import org.openconsultation.core.command.PublishNews;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.UpdateMilestone;
import org.openconsultation.core.command.UpdateProfile;
import org.openconsultation.core.command.UpdateSettings;
import org.openconsultation.core.command.UpdateTheme;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ParticipantKind;

/** Invalid commands on consultations, themes, news, the timeline and registrations. */
final class ConsultationConstraintCases {

  private static final String LONG_201 = "x".repeat(201);

  private ConsultationConstraintCases() {}

  static List<ValidationCase> all() {
    return List.of(
        // Consultations
        invalid(
            "CreateConsultation: slug with capitals and a space",
            (s, l) ->
                s.engine
                    .consultations()
                    .create(
                        s.w.organiser.withLocale(l),
                        CreateConsultation.of("Plan Vélo", "Plan vélo", s.w.openNow())),
            slug("slug")),
        invalid(
            "CreateConsultation: slug with a double hyphen",
            (s, l) ->
                s.engine
                    .consultations()
                    .create(
                        s.w.organiser.withLocale(l),
                        CreateConsultation.of("plan--velo", "Plan vélo", s.w.openNow())),
            slug("slug")),
        invalid(
            "CreateConsultation: empty slug",
            (s, l) ->
                s.engine
                    .consultations()
                    .create(
                        s.w.organiser.withLocale(l),
                        CreateConsultation.of("", "Plan vélo", s.w.openNow())),
            notBlank("slug"),
            slug("slug")),
        invalid(
            "CreateConsultation: oversized slug",
            (s, l) ->
                s.engine
                    .consultations()
                    .create(
                        s.w.organiser.withLocale(l),
                        CreateConsultation.of("a".repeat(81), "Plan vélo", s.w.openNow())),
            size("slug", 80)),
        invalid(
            "CreateConsultation: blank title, null locale, blank terms",
            (s, l) ->
                s.engine
                    .consultations()
                    .create(
                        s.w.organiser.withLocale(l),
                        new CreateConsultation(
                            "plan-velo",
                            "  ",
                            "",
                            null,
                            s.w.openNow(),
                            ConsultationSettings.defaults(),
                            "")),
            notNull("locale"),
            notBlank("termsVersion"),
            notBlank("title")),
        invalid(
            "CreateConsultation: oversized title, null schedule and settings",
            (s, l) ->
                s.engine
                    .consultations()
                    .create(
                        s.w.organiser.withLocale(l),
                        new CreateConsultation(
                            "plan-velo", LONG_201, "", Locale.FRENCH, null, null, "1")),
            notNull("schedule"),
            notNull("settings"),
            size("title", 200)),
        invalid(
            "UpdateSettings: null settings",
            (s, l) ->
                s.engine
                    .consultations()
                    .updateSettings(s.w.organiser.withLocale(l), new UpdateSettings(s.c, null)),
            notNull("settings")),
        invalid(
            "UpdateSettings: null consultation",
            (s, l) ->
                s.engine
                    .consultations()
                    .updateSettings(
                        s.w.organiser.withLocale(l),
                        new UpdateSettings(null, ConsultationSettings.defaults())),
            notNull("consultation")),
        invalid(
            "CloseEarly: blank reason",
            (s, l) ->
                s.engine
                    .consultations()
                    .closeEarly(s.w.organiser.withLocale(l), new CloseEarly(s.c, "\t ")),
            notBlank("reason")),
        invalid(
            "CloseEarly: oversized reason",
            (s, l) ->
                s.engine
                    .consultations()
                    .closeEarly(s.w.organiser.withLocale(l), new CloseEarly(s.c, "r".repeat(501))),
            size("reason", 500)),
        invalid(
            "ExtendConsultation: null closing time",
            (s, l) ->
                s.engine
                    .consultations()
                    .extend(s.w.organiser.withLocale(l), new ExtendConsultation(s.c, null)),
            notNull("closesAt")),
        // Themes, news, timeline
        invalid(
            "AddTheme: blank title",
            (s, l) -> s.engine.themes().add(s.w.organiser.withLocale(l), new AddTheme(s.c, "", "")),
            notBlank("title")),
        invalid(
            "AddTheme: oversized description",
            (s, l) ->
                s.engine
                    .themes()
                    .add(
                        s.w.organiser.withLocale(l), new AddTheme(s.c, "Santé", "d".repeat(5_001))),
            size("description", 5000)),
        invalid(
            "AddTheme: null description",
            (s, l) ->
                s.engine
                    .themes()
                    .add(s.w.organiser.withLocale(l), new AddTheme(s.c, "Santé", null)),
            notNull("description")),
        invalid(
            "UpdateTheme: negative position",
            (s, l) ->
                s.engine
                    .themes()
                    .update(
                        s.w.organiser.withLocale(l),
                        new UpdateTheme(s.c, s.mobility, "Mobilité", "", -1)),
            positiveOrZero("position")),
        invalid(
            "UpdateTheme: null theme",
            (s, l) ->
                s.engine
                    .themes()
                    .update(
                        s.w.organiser.withLocale(l), new UpdateTheme(s.c, null, "Mobilité", "", 0)),
            notNull("theme")),
        invalid(
            "PublishNews: blank body",
            (s, l) ->
                s.engine
                    .news()
                    .publish(s.w.organiser.withLocale(l), new PublishNews(s.c, "Ouverture", " ")),
            notBlank("body")),
        invalid(
            "PublishNews: oversized title",
            (s, l) ->
                s.engine
                    .news()
                    .publish(s.w.organiser.withLocale(l), new PublishNews(s.c, LONG_201, "Texte")),
            size("title", 200)),
        invalid(
            "AddMilestone: null date",
            (s, l) ->
                s.engine
                    .milestones()
                    .add(
                        s.w.organiser.withLocale(l),
                        new AddMilestone(s.c, "Synthèse", "", null, MilestoneStatus.PLANNED)),
            notNull("date")),
        invalid(
            "AddMilestone: oversized label",
            (s, l) ->
                s.engine
                    .milestones()
                    .add(
                        s.w.organiser.withLocale(l),
                        new AddMilestone(
                            s.c, LONG_201, "", LocalDate.of(2026, 6, 1), MilestoneStatus.PLANNED)),
            size("label", 200)),
        invalid(
            "UpdateMilestone: null status",
            (s, l) ->
                s.engine
                    .milestones()
                    .update(
                        s.w.organiser.withLocale(l),
                        new UpdateMilestone(
                            s.c, s.milestone.id(), "Synthèse", "", LocalDate.of(2026, 6, 1), null)),
            notNull("status")),
        invalid(
            "UpdateMilestone: blank label",
            (s, l) ->
                s.engine
                    .milestones()
                    .update(
                        s.w.organiser.withLocale(l),
                        new UpdateMilestone(
                            s.c,
                            s.milestone.id(),
                            "",
                            "",
                            LocalDate.of(2026, 6, 1),
                            MilestoneStatus.DONE)),
            notBlank("label")),
        // Participants
        invalid(
            "Register: territory with a space",
            (s, l) ->
                s.engine
                    .participants()
                    .register(
                        s.w.dave.withLocale(l),
                        new Register(s.c, "Dave", ParticipantKind.PERSON, "97 4", "1")),
            territory("territory")),
        invalid(
            "Register: empty territory",
            (s, l) ->
                s.engine
                    .participants()
                    .register(
                        s.w.dave.withLocale(l),
                        new Register(s.c, "Dave", ParticipantKind.PERSON, "", "1")),
            territory("territory")),
        invalid(
            "Register: blank name and null kind",
            (s, l) ->
                s.engine
                    .participants()
                    .register(s.w.dave.withLocale(l), new Register(s.c, " ", null, null, "1")),
            notBlank("displayName"),
            notNull("kind")),
        invalid(
            "UpdateProfile: territory too long",
            (s, l) ->
                s.engine
                    .participants()
                    .updateProfile(
                        s.w.alice.withLocale(l),
                        new UpdateProfile(s.c, "Alice", ParticipantKind.PERSON, "ABCDEFGHIJKLM")),
            territory("territory")),
        invalid(
            "UpdateProfile: oversized name",
            (s, l) ->
                s.engine
                    .participants()
                    .updateProfile(
                        s.w.alice.withLocale(l),
                        new UpdateProfile(s.c, "a".repeat(101), ParticipantKind.PERSON, "75")),
            size("displayName", 100)));
  }
}
