package org.openconsultation.core.json;

import static org.openconsultation.core.json.OpenConsultationModuleGen.BALLOTS;
import static org.openconsultation.core.json.OpenConsultationModuleGen.DATES;
import static org.openconsultation.core.json.OpenConsultationModuleGen.INSTANTS;
import static org.openconsultation.core.json.OpenConsultationModuleGen.LOCALES;
import static org.openconsultation.core.json.OpenConsultationModuleGen.NON_BLANK;
import static org.openconsultation.core.json.OpenConsultationModuleGen.PARTICIPANTS;
import static org.openconsultation.core.json.OpenConsultationModuleGen.POINTS;
import static org.openconsultation.core.json.OpenConsultationModuleGen.PROVENANCES;
import static org.openconsultation.core.json.OpenConsultationModuleGen.REFERENCES;
import static org.openconsultation.core.json.OpenConsultationModuleGen.TEXT;
import static org.openconsultation.core.json.OpenConsultationModuleGen.UUIDS;
import static org.openconsultation.core.json.OpenConsultationModuleGen.ZONED;
import static org.openconsultation.core.json.OpenConsultationModuleGen.ZONES;
import static org.openconsultation.core.json.OpenConsultationModuleGen.nullable;
import static org.openconsultation.core.json.OpenConsultationModuleGen.sets;
import static org.openconsultation.core.json.OpenConsultationModuleGen.subsets;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.List;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.DecisionId;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.Flag;
import org.openconsultation.core.model.FlagId;
import org.openconsultation.core.model.Lifecycle;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneId;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ModerationDecision;
import org.openconsultation.core.model.ModerationMode;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.NewsItemId;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Place;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.Stance;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingEntry;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of every model record the module writes, with all their optional parts. */
final class OpenConsultationModuleRecords {

  static final Gen<ConsultationId> CONSULTATIONS = UUIDS.map(ConsultationId::new);
  static final Gen<ContributionId> CONTRIBUTIONS = UUIDS.map(ContributionId::new);
  static final Gen<ThemeId> THEMES = UUIDS.map(ThemeId::new);
  static final Gen<CommentId> COMMENTS = UUIDS.map(CommentId::new);
  static final Gen<Integer> NATURALS = integers().between(0, Integer.MAX_VALUE);
  static final Gen<Long> COUNTS = longs().between(0, Long.MAX_VALUE);

  static final Gen<Theme> THEME =
      in ->
          new Theme(
              CONSULTATIONS.generate(in),
              THEMES.generate(in),
              TEXT.generate(in),
              TEXT.generate(in),
              NATURALS.generate(in));

  static final Gen<Contribution> CONTRIBUTION =
      in ->
          new Contribution(
              CONSULTATIONS.generate(in),
              CONTRIBUTIONS.generate(in),
              REFERENCES.generate(in),
              THEMES.generate(in),
              PARTICIPANTS.generate(in),
              PROVENANCES.generate(in),
              TEXT.generate(in),
              TEXT.generate(in),
              nullable(TEXT).generate(in),
              nullable(POINTS).generate(in),
              Generate.enumValues(PublicationStatus.class).generate(in),
              integers().between(1, Integer.MAX_VALUE).generate(in),
              INSTANTS.generate(in),
              INSTANTS.generate(in));

  static final Gen<Revision> REVISION =
      in ->
          new Revision(
              CONSULTATIONS.generate(in),
              CONTRIBUTIONS.generate(in),
              integers().between(1, Integer.MAX_VALUE).generate(in),
              TEXT.generate(in),
              TEXT.generate(in),
              PARTICIPANTS.generate(in),
              TEXT.generate(in),
              INSTANTS.generate(in));

  static final Gen<Place> PLACE =
      in ->
          new Place(
              TEXT.generate(in),
              TEXT.generate(in),
              TEXT.generate(in),
              POINTS.generate(in),
              ZONES.generate(in));

  static final Gen<Workshop> WORKSHOP =
      in ->
          new Workshop(
              CONSULTATIONS.generate(in),
              UUIDS.map(WorkshopId::new).generate(in),
              TEXT.generate(in),
              TEXT.generate(in),
              ZONED.generate(in),
              PLACE.generate(in),
              PARTICIPANTS.generate(in),
              sets(PARTICIPANTS, 4).generate(in),
              NATURALS.generate(in),
              lists().of(THEMES).ofSizeBetween(0, 4).generate(in),
              INSTANTS.generate(in));

  static final Gen<Comment> COMMENT =
      in ->
          new Comment(
              CONSULTATIONS.generate(in),
              COMMENTS.generate(in),
              CONTRIBUTIONS.generate(in),
              nullable(COMMENTS).generate(in),
              PARTICIPANTS.generate(in),
              TEXT.generate(in),
              nullable(Generate.enumValues(Stance.class)).generate(in),
              Generate.enumValues(PublicationStatus.class).generate(in),
              INSTANTS.generate(in));

  static final Gen<BallotRecord> BALLOT_RECORD =
      in ->
          new BallotRecord(
              CONSULTATIONS.generate(in),
              CONTRIBUTIONS.generate(in),
              PARTICIPANTS.generate(in),
              BALLOTS.generate(in),
              INSTANTS.generate(in),
              INSTANTS.generate(in));

  static final Gen<Tally> TALLY =
      in ->
          new Tally(
              CONTRIBUTIONS.generate(in),
              COUNTS.generate(in),
              COUNTS.generate(in),
              COUNTS.generate(in),
              lists().of(COUNTS).ofSizeBetween(0, 10).generate(in));

  static final Gen<NewsItem> NEWS =
      in ->
          new NewsItem(
              CONSULTATIONS.generate(in),
              UUIDS.map(NewsItemId::new).generate(in),
              TEXT.generate(in),
              TEXT.generate(in),
              PARTICIPANTS.generate(in),
              INSTANTS.generate(in));

  static final Gen<Milestone> MILESTONE =
      in ->
          new Milestone(
              CONSULTATIONS.generate(in),
              UUIDS.map(MilestoneId::new).generate(in),
              TEXT.generate(in),
              TEXT.generate(in),
              DATES.generate(in),
              Generate.enumValues(MilestoneStatus.class).generate(in));

  static final Gen<Schedule> SCHEDULE =
      in -> {
        var opens = INSTANTS.generate(in);
        var length = longs().between(1, 1_000_000_000L).generate(in);
        return new Schedule(opens, opens.plus(Duration.ofSeconds(length)), ZONES.generate(in));
      };

  static final Gen<Lifecycle> LIFECYCLE =
      in -> {
        var early = nullable(INSTANTS).generate(in);
        return new Lifecycle(
            nullable(INSTANTS).generate(in),
            early,
            early == null ? null : NON_BLANK.generate(in),
            nullable(INSTANTS).generate(in),
            nullable(INSTANTS).generate(in));
      };

  static final Gen<ConsultationSettings> SETTINGS =
      in ->
          new ConsultationSettings(
              Generate.enumValues(VoteMode.class).generate(in),
              NATURALS.generate(in),
              Generate.enumValues(ModerationMode.class).generate(in),
              NATURALS.generate(in),
              subsets(Feature.class).generate(in),
              Generate.booleans().generate(in),
              NON_BLANK.generate(in),
              integers().between(2, 10).generate(in));

  static final Gen<Consultation> CONSULTATION =
      in ->
          new Consultation(
              CONSULTATIONS.generate(in),
              TEXT.generate(in),
              TEXT.generate(in),
              TEXT.generate(in),
              PARTICIPANTS.generate(in),
              LOCALES.generate(in),
              SCHEDULE.generate(in),
              SETTINGS.generate(in),
              LIFECYCLE.generate(in),
              TEXT.generate(in),
              INSTANTS.generate(in),
              longs().all().generate(in));

  static final Gen<Participant> PARTICIPANT =
      in ->
          new Participant(
              CONSULTATIONS.generate(in),
              PARTICIPANTS.generate(in),
              TEXT.generate(in),
              Generate.enumValues(ParticipantKind.class).generate(in),
              nullable(TEXT).generate(in),
              TEXT.generate(in),
              INSTANTS.generate(in));

  static final Gen<ContentRef> TARGETS =
      Generate.booleans()
          .zip(
              UUIDS,
              (contribution, uuid) ->
                  contribution
                      ? ContentRef.of(new ContributionId(uuid))
                      : ContentRef.of(new CommentId(uuid)));

  static final Gen<Flag> FLAG =
      in ->
          new Flag(
              CONSULTATIONS.generate(in),
              UUIDS.map(FlagId::new).generate(in),
              TARGETS.generate(in),
              PARTICIPANTS.generate(in),
              TEXT.generate(in),
              INSTANTS.generate(in));

  static final Gen<ModerationDecision> DECISION =
      in ->
          new ModerationDecision(
              CONSULTATIONS.generate(in),
              UUIDS.map(DecisionId::new).generate(in),
              TARGETS.generate(in),
              Generate.enumValues(ModerationAction.class).generate(in),
              TEXT.generate(in),
              nullable(PARTICIPANTS).generate(in),
              INSTANTS.generate(in));

  /** Scores include infinities and NaN, which rules never produce but the type allows. */
  static final Gen<Double> SCORES =
      doubles()
          .any()
          .mix(
              Generate.pick(
                  List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0)),
              10);

  static final Gen<RankingEntry> ENTRY =
      in ->
          new RankingEntry(
              integers().between(1, Integer.MAX_VALUE).generate(in),
              CONTRIBUTIONS.generate(in),
              REFERENCES.generate(in),
              SCORES.generate(in),
              TEXT.generate(in));

  static final Gen<Ranking> RANKING =
      in ->
          new Ranking(
              NON_BLANK.generate(in),
              integers().all().generate(in),
              INSTANTS.generate(in),
              lists().of(ENTRY).ofSizeBetween(0, 5).generate(in));

  private OpenConsultationModuleRecords() {}
}
