package org.openconsultation.core.json;

import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingEntry;

/** Ballots, tallies and rankings. */
final class VoteCodecs {

  private VoteCodecs() {}

  static void register(SimpleModule module) {
    RecordCodec.add(module, Ballot.class, VoteCodecs::writeBallot, VoteCodecs::readBallot);
    RecordCodec.add(module, BallotRecord.class, VoteCodecs::writeRecord, VoteCodecs::readRecord);
    RecordCodec.add(module, Tally.class, VoteCodecs::writeTally, VoteCodecs::readTally);
    RecordCodec.add(module, RankingEntry.class, VoteCodecs::writeEntry, VoteCodecs::readEntry);
    RecordCodec.add(module, Ranking.class, VoteCodecs::writeRanking, VoteCodecs::readRanking);
  }

  /**
   * {@code {"type":"support"}}, {@code {"type":"position","side":"for"}} (or {@code against},
   * {@code neutral}), {@code {"type":"grade","grade":3}} or {@code {"type":"approval"}}.
   */
  static void writeBallot(Ballot b, RecordWriter out) throws IOException {
    if (b instanceof Ballot.Support) {
      out.text("type", "support");
    } else if (b instanceof Ballot.Position p) {
      out.text("type", "position");
      out.enumValue("side", p.side());
    } else if (b instanceof Ballot.Grade g) {
      out.text("type", "grade");
      out.number("grade", g.grade());
    } else {
      out.text("type", "approval");
    }
  }

  static Ballot readBallot(RecordReader in) throws IOException {
    String type = in.text("type");
    return switch (type) {
      case "support" -> Ballot.support();
      case "position" -> new Ballot.Position(in.enumValue("side", Ballot.Side.class));
      case "grade" -> Ballot.grade(in.integer("grade"));
      case "approval" -> Ballot.approval();
      default ->
          throw InvalidTypeIdException.from(
              in.context().getParser(),
              in.path()
                  + ": unknown ballot type \""
                  + type
                  + "\"; expected support, position, grade or approval",
              in.context().constructType(Ballot.class),
              type);
    };
  }

  static void writeRecord(BallotRecord b, RecordWriter out) throws IOException {
    out.text("consultationId", b.consultationId());
    out.text("contributionId", b.contributionId());
    out.text("participant", b.participant());
    out.object("ballot", b.ballot(), VoteCodecs::writeBallot);
    out.instant("castAt", b.castAt());
    out.instant("updatedAt", b.updatedAt());
  }

  static BallotRecord readRecord(RecordReader in) throws IOException {
    return new BallotRecord(
        in.parsed("consultationId", ConsultationId.class, ConsultationId::parse),
        in.parsed("contributionId", ContributionId.class, ContributionId::parse),
        in.parsed("participant", ParticipantId.class, ParticipantId::of),
        in.object("ballot", Ballot.class, VoteCodecs::readBallot),
        in.instant("castAt"),
        in.instant("updatedAt"));
  }

  static void writeTally(Tally t, RecordWriter out) throws IOException {
    out.text("contributionId", t.contributionId());
    out.number("supports", t.supports());
    out.number("oppositions", t.oppositions());
    out.number("neutrals", t.neutrals());
    out.numbers("grades", t.grades());
  }

  static Tally readTally(RecordReader in) throws IOException {
    return new Tally(
        in.parsed("contributionId", ContributionId.class, ContributionId::parse),
        in.number("supports"),
        in.number("oppositions"),
        in.number("neutrals"),
        in.numbers("grades"));
  }

  static void writeEntry(RankingEntry e, RecordWriter out) throws IOException {
    out.number("rank", e.rank());
    out.text("contribution", e.contribution());
    out.text("reference", e.reference());
    out.decimal("score", e.score());
    out.text("explanation", e.explanation());
  }

  static RankingEntry readEntry(RecordReader in) throws IOException {
    return new RankingEntry(
        in.integer("rank"),
        in.parsed("contribution", ContributionId.class, ContributionId::parse),
        in.parsed("reference", Reference.class, Reference::parse),
        in.decimal("score"),
        in.text("explanation"));
  }

  static void writeRanking(Ranking r, RecordWriter out) throws IOException {
    out.text("rule", r.rule());
    out.number("ruleVersion", r.ruleVersion());
    out.instant("computedAt", r.computedAt());
    out.objects("entries", r.entries(), VoteCodecs::writeEntry);
  }

  static Ranking readRanking(RecordReader in) throws IOException {
    return new Ranking(
        in.text("rule"),
        in.integer("ruleVersion"),
        in.instant("computedAt"),
        in.objects("entries", RankingEntry.class, VoteCodecs::readEntry));
  }
}
