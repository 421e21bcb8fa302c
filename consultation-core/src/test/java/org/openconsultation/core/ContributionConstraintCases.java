package org.openconsultation.core;

import static org.openconsultation.core.ValidationCase.invalid;
import static org.openconsultation.core.ValidationCase.notBlank;
import static org.openconsultation.core.ValidationCase.notNull;
import static org.openconsultation.core.ValidationCase.positive;
import static org.openconsultation.core.ValidationCase.positiveOrZero;
import static org.openconsultation.core.ValidationCase.size;
import static org.openconsultation.core.ValidationCase.territory;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.FlagContent;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.RetractBallot;
import org.openconsultation.core.command.SubmitAssistedContribution;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.command.UpdateWorkshop;
import org.openconsultation.core.command.WithdrawContribution;
import org.openconsultation.core.command.WorkshopPlace;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ThemeId;

/** Invalid commands on contributions, workshops, comments, votes and moderation. */
final class ContributionConstraintCases {

  private static final String LONG_201 = "x".repeat(201);

  private ContributionConstraintCases() {}

  static List<ValidationCase> all() {
    return List.of(
        // Contributions
        invalid(
            "SubmitContribution: blank title",
            (s, l) ->
                s.engine
                    .contributions()
                    .submit(
                        s.w.alice.withLocale(l),
                        new SubmitContribution(s.c, s.mobility, "   ", "Un texte")),
            notBlank("title")),
        invalid(
            "SubmitContribution: oversized body",
            (s, l) ->
                s.engine
                    .contributions()
                    .submit(
                        s.w.alice.withLocale(l),
                        new SubmitContribution(s.c, s.mobility, "Titre", "b".repeat(10_001))),
            size("body", 10000)),
        invalid(
            "SubmitContribution: null consultation and theme",
            (s, l) ->
                s.engine
                    .contributions()
                    .submit(
                        s.w.alice.withLocale(l),
                        new SubmitContribution(null, null, "Titre", "Texte")),
            notNull("consultation"),
            notNull("theme")),
        invalid(
            "SubmitInstitutionalContribution: blank organisation",
            (s, l) ->
                s.engine
                    .contributions()
                    .submitInstitutional(
                        s.w.association.withLocale(l),
                        new SubmitInstitutionalContribution(
                            s.c, s.mobility, "Titre", "Texte", " ", null)),
            notBlank("organisation")),
        invalid(
            "SubmitInstitutionalContribution: oversized title",
            (s, l) ->
                s.engine
                    .contributions()
                    .submitInstitutional(
                        s.w.association.withLocale(l),
                        new SubmitInstitutionalContribution(
                            s.c, s.mobility, LONG_201, "Texte", "Vélo 971", null)),
            size("title", 200)),
        invalid(
            "SubmitAssistedContribution: blank person and bad territory",
            (s, l) ->
                s.engine
                    .contributions()
                    .submitAssisted(
                        s.w.facilitator.withLocale(l),
                        new SubmitAssistedContribution(
                            s.c, s.mobility, "Titre", "Texte", "", "é", null)),
            notBlank("onBehalfOf"),
            territory("territory")),
        invalid(
            "SubmitCollectiveContribution: zero attendees",
            (s, l) ->
                s.engine
                    .contributions()
                    .submitCollective(
                        s.w.facilitator.withLocale(l),
                        new SubmitCollectiveContribution(
                            s.c, s.workshop.id(), s.mobility, "Titre", "Texte", 0)),
            positive("attendeeCount")),
        invalid(
            "SubmitCollectiveContribution: null workshop",
            (s, l) ->
                s.engine
                    .contributions()
                    .submitCollective(
                        s.w.facilitator.withLocale(l),
                        new SubmitCollectiveContribution(
                            s.c, null, s.mobility, "Titre", "Texte", null)),
            notNull("workshop")),
        invalid(
            "EditContribution: blank body and null note",
            (s, l) ->
                s.engine
                    .contributions()
                    .edit(
                        s.w.alice.withLocale(l),
                        new EditContribution(s.c, s.aliceIdea.id(), "Titre", "", null)),
            notBlank("body"),
            notNull("note")),
        invalid(
            "EditContribution: oversized note",
            (s, l) ->
                s.engine
                    .contributions()
                    .edit(
                        s.w.alice.withLocale(l),
                        new EditContribution(
                            s.c, s.aliceIdea.id(), "Titre", "Texte", "n".repeat(501))),
            size("note", 500)),
        invalid(
            "WithdrawContribution: null contribution",
            (s, l) ->
                s.engine
                    .contributions()
                    .withdraw(s.w.alice.withLocale(l), new WithdrawContribution(s.c, null)),
            notNull("contribution")),
        // Workshops
        invalid(
            "WorkshopPlace: blank name",
            (s, l) ->
                s.engine
                    .workshops()
                    .record(
                        s.w.facilitator.withLocale(l),
                        workshop(
                            s,
                            new WorkshopPlace(
                                " ",
                                "1 rue Frébault",
                                "971",
                                new GeoPoint(16.24, -61.53),
                                TestWorld.GUADELOUPE),
                            4,
                            List.of(s.mobility))),
            notBlank("place.name")),
        invalid(
            "WorkshopPlace: bad territory, null point and zone",
            (s, l) ->
                s.engine
                    .workshops()
                    .record(
                        s.w.facilitator.withLocale(l),
                        workshop(
                            s,
                            new WorkshopPlace("Médiathèque", "1 rue Frébault", "97 1", null, null),
                            4,
                            List.of(s.mobility))),
            notNull("place.point"),
            territory("place.territory"),
            notNull("place.zone")),
        invalid(
            "WorkshopPlace: null territory and oversized address",
            (s, l) ->
                s.engine
                    .workshops()
                    .record(
                        s.w.facilitator.withLocale(l),
                        workshop(
                            s,
                            new WorkshopPlace(
                                "Médiathèque",
                                "a".repeat(501),
                                null,
                                new GeoPoint(16.24, -61.53),
                                TestWorld.GUADELOUPE),
                            4,
                            List.of(s.mobility))),
            size("place.address", 500),
            notNull("place.territory")),
        invalid(
            "RecordWorkshop: null place",
            (s, l) ->
                s.engine
                    .workshops()
                    .record(s.w.facilitator.withLocale(l), workshop(s, null, 4, List.of())),
            notNull("place")),
        invalid(
            "RecordWorkshop: negative attendee count",
            (s, l) ->
                s.engine
                    .workshops()
                    .record(
                        s.w.facilitator.withLocale(l),
                        workshop(s, TestWorld.place(), -1, List.of(s.mobility))),
            positiveOrZero("attendeeCount")),
        invalid(
            "RecordWorkshop: a null theme",
            (s, l) ->
                s.engine
                    .workshops()
                    .record(
                        s.w.facilitator.withLocale(l),
                        workshop(s, TestWorld.place(), 4, Arrays.asList(s.mobility, null))),
            notNull("themes[1].<list element>")),
        invalid(
            "RecordWorkshop: more than 50 facilitators",
            (s, l) ->
                s.engine
                    .workshops()
                    .record(
                        s.w.facilitator.withLocale(l),
                        new RecordWorkshop(
                            s.c,
                            "Atelier",
                            "",
                            LocalDateTime.of(2026, 3, 5, 18, 0),
                            TestWorld.place(),
                            4,
                            manyFacilitators(51),
                            List.of(s.mobility))),
            size("facilitators", 50)),
        invalid(
            "UpdateWorkshop: blank title and null time",
            (s, l) ->
                s.engine
                    .workshops()
                    .update(
                        s.w.facilitator.withLocale(l),
                        new UpdateWorkshop(
                            s.c,
                            s.workshop.id(),
                            "",
                            "",
                            null,
                            TestWorld.place(),
                            12,
                            Set.of(s.w.facilitator.participant()),
                            List.of(s.mobility))),
            notNull("heldAt"),
            notBlank("title")),
        invalid(
            "UpdateWorkshop: place with a bad territory",
            (s, l) ->
                s.engine
                    .workshops()
                    .update(
                        s.w.facilitator.withLocale(l),
                        new UpdateWorkshop(
                            s.c,
                            s.workshop.id(),
                            "Atelier",
                            "",
                            LocalDateTime.of(2026, 3, 5, 18, 0),
                            new WorkshopPlace(
                                "Médiathèque",
                                "1 rue Frébault",
                                "97+1",
                                new GeoPoint(16.24, -61.53),
                                TestWorld.GUADELOUPE),
                            12,
                            Set.of(s.w.facilitator.participant()),
                            List.of(s.mobility))),
            territory("place.territory")),
        // Comments, votes, moderation
        invalid(
            "PostComment: blank body",
            (s, l) ->
                s.engine
                    .comments()
                    .post(
                        s.w.bob.withLocale(l),
                        new PostComment(s.c, s.aliceIdea.id(), null, "  ", null)),
            notBlank("body")),
        invalid(
            "PostComment: oversized body",
            (s, l) ->
                s.engine
                    .comments()
                    .post(
                        s.w.bob.withLocale(l),
                        new PostComment(s.c, s.aliceIdea.id(), null, "c".repeat(5_001), null)),
            size("body", 5000)),
        invalid(
            "CastBallot: null ballot",
            (s, l) ->
                s.engine
                    .votes()
                    .cast(s.w.bob.withLocale(l), new CastBallot(s.c, s.aliceIdea.id(), null)),
            notNull("ballot")),
        invalid(
            "CastBallot: null contribution",
            (s, l) ->
                s.engine
                    .votes()
                    .cast(s.w.bob.withLocale(l), new CastBallot(s.c, null, Ballot.support())),
            notNull("contribution")),
        invalid(
            "RetractBallot: null contribution",
            (s, l) ->
                s.engine.votes().retract(s.w.carol.withLocale(l), new RetractBallot(s.c, null)),
            notNull("contribution")),
        invalid(
            "FlagContent: blank reason",
            (s, l) ->
                s.engine
                    .moderation()
                    .flag(
                        s.w.bob.withLocale(l),
                        new FlagContent(s.c, ContentRef.of(s.aliceIdea.id()), "")),
            notBlank("reason")),
        invalid(
            "FlagContent: null target and oversized reason",
            (s, l) ->
                s.engine
                    .moderation()
                    .flag(s.w.bob.withLocale(l), new FlagContent(s.c, null, "r".repeat(1_001))),
            size("reason", 1000),
            notNull("target")),
        invalid(
            "Moderate: null action and blank reason",
            (s, l) ->
                s.engine
                    .moderation()
                    .decide(
                        s.w.moderator.withLocale(l),
                        new Moderate(s.c, ContentRef.of(s.bobIdea.id()), null, " ")),
            notNull("action"),
            notBlank("reason")));
  }

  static RecordWorkshop workshop(Scene s, WorkshopPlace place, int attendees, List<ThemeId> t) {
    return new RecordWorkshop(
        s.c,
        "Atelier",
        "",
        LocalDateTime.of(2026, 3, 5, 18, 0),
        place,
        attendees,
        Set.of(s.w.facilitator.participant()),
        t);
  }

  private static Set<ParticipantId> manyFacilitators(int n) {
    Set<ParticipantId> ids = new HashSet<>();
    IntStream.range(0, n).forEach(i -> ids.add(ParticipantId.of("facilitator-" + i)));
    return ids;
  }
}
