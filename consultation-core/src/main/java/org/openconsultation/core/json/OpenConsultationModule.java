package org.openconsultation.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.function.Function;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.DecisionId;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.FlagId;
import org.openconsultation.core.model.MilestoneId;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ModerationMode;
import org.openconsultation.core.model.NewsItemId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.RevisionReference;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Stance;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.model.WorkshopId;

/**
 * The Jackson module of the model: register it on your own {@code ObjectMapper} (a bare one is
 * enough; no other module is needed) to write and read the model's records as the exports do.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new OpenConsultationModule());
 * String json = mapper.writeValueAsString(contribution);
 * Contribution back = mapper.readValue(json, Contribution.class);
 * }</pre>
 *
 * <p>What it promises:
 *
 * <ul>
 *   <li>Every record reads back equal to the record written: typed ids, references, consultations
 *       with their schedule, settings and lifecycle, themes, contributions with their provenance,
 *       revisions, workshops with their place, comments, ballots and ballot records, tallies, news
 *       items, milestones, participants, reports, moderation decisions, violations, rankings.
 *   <li>Property names are the records' component names (lower camel case); a null component is
 *       left out; collections are written even when empty.
 *   <li>Typed ids are their UUID text, a {@link ParticipantId} its text, a {@link Reference} {@code
 *       "C-42"} and a {@link RevisionReference} {@code "C-42.2"}, also as map keys.
 *   <li>Enum constants are lower case with dashes: {@code "for-against"}, {@code
 *       "local-authority"}, {@code "published"}.
 *   <li>Instants, dates, zoned date-times and zones inside records are ISO-8601 text ({@code
 *       "2026-03-02T08:00:00Z"}, {@code "2026-06-01"}, {@code
 *       "2026-03-05T18:00:00-04:00[America/Guadeloupe]"}, {@code "Europe/Paris"}). The module does
 *       not change how the mapper writes {@code java.time} values of the host's own classes.
 *   <li>Sealed types carry a {@code type}: a ballot is {@code {"type":"support"}}, {@code
 *       {"type":"position","side":"against"}}, {@code {"type":"grade","grade":3}} or {@code
 *       {"type":"approval"}}; a provenance {@code {"type":"individual"}}, {@code
 *       {"type":"collective","workshop":…,"attendeeCount":12}} or {@code
 *       {"type":"institutional","organisation":…}}.
 *   <li>Bad input fails with a Jackson exception naming the property: {@code
 *       MismatchedInputException} (missing property, wrong JSON type), {@code
 *       InvalidFormatException} (unparseable text, unknown enum name), {@code
 *       InvalidTypeIdException} (unknown {@code type}), {@code ValueInstantiationException} (values
 *       a record refuses, such as a negative position), {@code UnrecognizedPropertyException}
 *       (unknown property, unless {@code FAIL_ON_UNKNOWN_PROPERTIES} is off).
 * </ul>
 *
 * <p>Thread-safe once registered; one instance may be registered on many mappers.
 */
public final class OpenConsultationModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A module with the serializers and deserializers of every model record. */
  public OpenConsultationModule() {
    super("OpenConsultationModule", Version.unknownVersion());
    textValue(ConsultationId.class, ConsultationId::parse);
    textValue(ContributionId.class, ContributionId::parse);
    textValue(ThemeId.class, ThemeId::parse);
    textValue(WorkshopId.class, WorkshopId::parse);
    textValue(CommentId.class, CommentId::parse);
    textValue(NewsItemId.class, NewsItemId::parse);
    textValue(MilestoneId.class, MilestoneId::parse);
    textValue(FlagId.class, FlagId::parse);
    textValue(DecisionId.class, DecisionId::parse);
    textValue(ParticipantId.class, ParticipantId::of);
    textValue(Reference.class, Reference::parse);
    textValue(RevisionReference.class, RevisionReference::parse);
    TextCodec.addEnum(this, VoteMode.class);
    TextCodec.addEnum(this, ModerationMode.class);
    TextCodec.addEnum(this, Feature.class);
    TextCodec.addEnum(this, PublicationStatus.class);
    TextCodec.addEnum(this, Stance.class);
    TextCodec.addEnum(this, ContributionKind.class);
    TextCodec.addEnum(this, ParticipantKind.class);
    TextCodec.addEnum(this, MilestoneStatus.class);
    TextCodec.addEnum(this, Phase.class);
    TextCodec.addEnum(this, Role.class);
    TextCodec.addEnum(this, ModerationAction.class);
    TextCodec.addEnum(this, Ballot.Side.class);
    ConsultationCodecs.register(this);
    ContentCodecs.register(this);
    WorkshopCodecs.register(this);
    VoteCodecs.register(this);
    ModerationCodecs.register(this);
  }

  private <T> void textValue(Class<T> type, Function<String, T> parse) {
    TextCodec.add(this, type, Object::toString, parse);
  }
}
