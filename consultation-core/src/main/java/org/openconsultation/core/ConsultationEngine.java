package org.openconsultation.core;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.auth.AuthorizationPolicy;
import org.openconsultation.core.auth.RolePolicy;
import org.openconsultation.core.event.DomainEventListener;
import org.openconsultation.core.internal.EngineContext;
import org.openconsultation.core.internal.Services;
import org.openconsultation.core.internal.TimeOrderedIds;
import org.openconsultation.core.model.PermalinkTemplate;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.ranking.RankingRules;
import org.openconsultation.core.spi.ConsultationStore;

/**
 * The entry point: built once by the host, immutable and thread-safe, shared by every request.
 *
 * <pre>{@code
 * ConsultationEngine engine = ConsultationEngine.builder()
 *     .store(new InMemoryStore())
 *     .clock(Clock.systemUTC())
 *     .build();
 * Contribution c = engine.contributions().submit(actor, new SubmitContribution(...));
 * }</pre>
 */
public final class ConsultationEngine {

  private final Services services;

  private ConsultationEngine(Services services) {
    this.services = services;
  }

  /** A builder; only the store is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Consultations and their lifecycle. */
  public Consultations consultations() {
    return services.consultations();
  }

  /** Themes. */
  public Themes themes() {
    return services.themes();
  }

  /** News briefs. */
  public News news() {
    return services.news();
  }

  /** The public timeline. */
  public Milestones milestones() {
    return services.milestones();
  }

  /** Participants' registrations. */
  public Participants participants() {
    return services.participants();
  }

  /** Contributions. */
  public Contributions contributions() {
    return services.contributions();
  }

  /** Workshops. */
  public Workshops workshops() {
    return services.workshops();
  }

  /** Comments. */
  public Comments comments() {
    return services.comments();
  }

  /** Votes. */
  public Votes votes() {
    return services.votes();
  }

  /** Moderation. */
  public Moderation moderation() {
    return services.moderation();
  }

  /** Rankings. */
  public Rankings rankings() {
    return services.rankings();
  }

  /** Streaming exports: CSV, XLSX, JSON, GeoJSON and the open-data package. */
  public Exports exports() {
    return services.exports();
  }

  /** Imports of the consultation's own exports and of the workshop bulk-import template. */
  public Imports imports() {
    return services.imports();
  }

  /** Dashboard figures and charts. */
  public Dashboard dashboard() {
    return services.dashboard();
  }

  /** The synthesis report, the homepage data and the weekly digest. */
  public Reports reports() {
    return services.reports();
  }

  /** Builds an engine. Not thread-safe; each setter checks its argument at once. */
  public static final class Builder {

    private @Nullable ConsultationStore store;
    private Clock clock = Clock.systemUTC();
    private @Nullable IdGenerator ids;
    private AuthorizationPolicy policy = RolePolicy.standard();
    private @Nullable Validator validator;
    private RankingRules rules = RankingRules.standard();
    private final List<DomainEventListener> listeners = new ArrayList<>();
    private PermalinkTemplate permalinks = PermalinkTemplate.relative();

    private Builder() {}

    /** The store (required): the in-memory store, the JDBC store or the host's own. */
    public Builder store(ConsultationStore value) {
      this.store = Objects.requireNonNull(value, "store");
      return this;
    }

    /** The clock every time-dependent rule reads (default: the system clock in UTC). */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** How new ids are made (default: time-ordered UUIDs from the clock). */
    public Builder ids(IdGenerator value) {
      this.ids = Objects.requireNonNull(value, "ids");
      return this;
    }

    /** The authorisation policy (default: {@link RolePolicy#standard()}). */
    public Builder authorizationPolicy(AuthorizationPolicy value) {
      this.policy = Objects.requireNonNull(value, "authorizationPolicy");
      return this;
    }

    /**
     * The host's own Jakarta {@link Validator} (default: Hibernate Validator with the library's
     * French and English messages). A host validator interpolates messages its own way.
     */
    public Builder validator(Validator value) {
      this.validator = Objects.requireNonNull(value, "validator");
      return this;
    }

    /**
     * Replaces the whole registry of ranking rules (default: {@link RankingRules#standard()}), for
     * example to use {@code RankingRules.standard().replacing(new WilsonRule(0.99))}.
     */
    public Builder rankingRules(RankingRules value) {
      this.rules = Objects.requireNonNull(value, "rankingRules");
      return this;
    }

    /** Adds a ranking rule to the built-in ones; its name and version must be new. */
    public Builder rankingRule(RankingRule rule) {
      this.rules = rules.with(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Adds a listener that receives every domain event after commit. */
    public Builder listener(DomainEventListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * How citation references become links in reports, digests and map layers (default: {@link
     * PermalinkTemplate#relative()}).
     */
    public Builder permalinks(PermalinkTemplate value) {
      this.permalinks = Objects.requireNonNull(value, "permalinks");
      return this;
    }

    /** Builds the engine; throws {@link IllegalStateException} if no store was set. */
    public ConsultationEngine build() {
      if (store == null) {
        throw new IllegalStateException("a store is required");
      }
      IdGenerator idGenerator = ids != null ? ids : new TimeOrderedIds(clock);
      EngineContext context =
          new EngineContext(
              store, clock, idGenerator, policy, validator, rules, listeners, permalinks);
      return new ConsultationEngine(new Services(context));
    }
  }
}
