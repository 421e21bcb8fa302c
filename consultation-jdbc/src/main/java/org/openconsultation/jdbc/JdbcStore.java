package org.openconsultation.jdbc;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.StorageException;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.spi.BallotRepository;
import org.openconsultation.core.spi.CommentRepository;
import org.openconsultation.core.spi.ConsultationRepository;
import org.openconsultation.core.spi.ConsultationStore;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.core.spi.ContributionRepository;
import org.openconsultation.core.spi.MilestoneRepository;
import org.openconsultation.core.spi.ModerationRepository;
import org.openconsultation.core.spi.NewsRepository;
import org.openconsultation.core.spi.ParticipantRepository;
import org.openconsultation.core.spi.ThemeRepository;
import org.openconsultation.core.spi.Transactions;
import org.openconsultation.core.spi.WorkshopRepository;

/**
 * A {@link ConsultationStore} on a host-supplied {@link DataSource}: PostgreSQL, MariaDB/MySQL or
 * H2.
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.builder(dataSource).build(); // dialect detected
 * store.migrate();                                        // or run the shipped DDL yourself
 * ConsultationEngine engine = ConsultationEngine.builder().store(store).build();
 * }</pre>
 *
 * <p>Thread-safe; it holds no connection between calls and starts no thread. Every table is named
 * with one prefix ({@code oc_} by default) and carries {@code consultation_id} in its primary key;
 * every query filters by it.
 *
 * <p>Transactions: {@link Transactions#inTransaction} binds one connection to the calling thread
 * with auto-commit off, nested calls join it, and it commits when the outermost work returns. It
 * runs again (up to {@link Builder#maxAttempts} times, with a jittered exponential backoff) after a
 * serialization failure, a deadlock, a lock timeout or a connection lost before the commit. When
 * the commit itself fails, the store looks, on a fresh connection, for the effect of every write
 * the transaction made: all found, it returns normally; none found, it runs the transaction again
 * (with no attempt left: a {@link StorageException} that changed nothing); some, or if they cannot
 * be looked for, a {@link StorageException} whose {@link StorageException#outcomeUnknown()} is
 * true.
 *
 * <p>SQL failures never escape as {@link java.sql.SQLException}: a taken key is a {@link
 * org.openconsultation.core.model.ConflictException} with the same codes as the in-memory store,
 * anything else a {@link StorageException}. Instants are stored to the microsecond.
 */
public final class JdbcStore implements ConsultationStore {

  /** The table prefix used unless the builder sets another. */
  public static final String DEFAULT_PREFIX = "oc_";

  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,19}");

  private final DataSource dataSource;
  private final Dialect dialect;
  private final String prefix;
  private final Transactor transactions;
  private final JdbcConsultations consultations;
  private final JdbcThemes themes;
  private final JdbcNews news;
  private final JdbcMilestones milestones;
  private final JdbcParticipants participants;
  private final JdbcContributions contributions;
  private final JdbcWorkshops workshops;
  private final JdbcComments comments;
  private final JdbcBallots ballots;
  private final JdbcModeration moderation;
  private final Recounter recounter;

  private JdbcStore(Builder builder, Dialect dialect) {
    this.dataSource = builder.dataSource;
    this.dialect = dialect;
    this.prefix = builder.prefix;
    Db db = new Db(dialect, prefix);
    this.transactions =
        new Transactor(
            dataSource, dialect, builder.maxAttempts, Duration.ofMillis(5), Duration.ofMillis(250));
    this.consultations = new JdbcConsultations(db, transactions);
    this.themes = new JdbcThemes(db, transactions);
    this.news = new JdbcNews(db, transactions);
    this.milestones = new JdbcMilestones(db, transactions);
    this.participants = new JdbcParticipants(db, transactions);
    this.contributions = new JdbcContributions(db, transactions);
    this.workshops = new JdbcWorkshops(db, transactions);
    this.comments = new JdbcComments(db, transactions);
    this.ballots = new JdbcBallots(db, transactions);
    this.moderation = new JdbcModeration(db, transactions);
    this.recounter = new Recounter(db, transactions, ballots);
  }

  /** A builder of a store on {@code dataSource}. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /** The dialect in use, set on the builder or detected. */
  public Dialect dialect() {
    return dialect;
  }

  /** The prefix of every table name. */
  public String tablePrefix() {
    return prefix;
  }

  /**
   * Creates or upgrades the schema with Flyway: the SQL migrations of {@link
   * Dialect#migrationLocation()}, the placeholder {@code prefix} set to {@link #tablePrefix()}, and
   * the history table {@code <prefix>schema_history}. A schema that already holds other tables is
   * fine: the history starts with a baseline at version 0. Safe to call at every start and from
   * several nodes at once (Flyway locks its history table).
   *
   * @return the number of migrations applied
   * @throws StorageException if a migration fails
   */
  public int migrate() {
    try {
      return Flyway.configure(JdbcStore.class.getClassLoader())
          .dataSource(dataSource)
          .locations(dialect.migrationLocation())
          .table(prefix + "schema_history")
          .placeholders(Map.of("prefix", prefix))
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate()
          .migrationsExecuted;
    } catch (FlywayException e) {
      throw new StorageException("the schema migration failed: " + e.getMessage(), e, false);
    }
  }

  /**
   * Recounts a consultation's ballots and compares the stored tallies and limit counters with the
   * recount, without changing anything. Streams the ballots: memory grows with the number of
   * contributions and participants, not of ballots.
   */
  public DriftReport recount(ConsultationId consultation) {
    return recount(consultation, false);
  }

  /**
   * As {@link #recount(ConsultationId)}; with {@code repair}, then sets every drifted counter to
   * its recount, each in a short transaction that locks the counter before recounting it, so votes
   * cast meanwhile are neither lost nor counted twice.
   */
  public DriftReport recount(ConsultationId consultation, boolean repair) {
    Objects.requireNonNull(consultation, "consultation");
    return recounter.recount(consultation, repair);
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public ConsultationRepository consultations() {
    return consultations;
  }

  @Override
  public ThemeRepository themes() {
    return themes;
  }

  @Override
  public NewsRepository news() {
    return news;
  }

  @Override
  public MilestoneRepository milestones() {
    return milestones;
  }

  @Override
  public ParticipantRepository participants() {
    return participants;
  }

  @Override
  public ContributionRepository contributions() {
    return contributions;
  }

  @Override
  public WorkshopRepository workshops() {
    return workshops;
  }

  @Override
  public CommentRepository comments() {
    return comments;
  }

  @Override
  public BallotRepository ballots() {
    return ballots;
  }

  @Override
  public ModerationRepository moderation() {
    return moderation;
  }

  /** In one query: contributions joined to their tally. */
  @Override
  public void forEachContributionWithTally(
      ConsultationId consultation,
      ContributionFilter filter,
      BiConsumer<? super Contribution, ? super Tally> action) {
    contributions.streams().forEachWithTally(consultation, filter, action);
  }

  @Override
  public String toString() {
    return "JdbcStore[" + dialect + ", prefix " + prefix + "]";
  }

  /** Builds a {@link JdbcStore}; each setter checks its argument. */
  public static final class Builder {

    private final DataSource dataSource;
    private @Nullable Dialect dialect;
    private String prefix = DEFAULT_PREFIX;
    private int maxAttempts = 5;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Sets the dialect instead of detecting it from a connection. */
    public Builder dialect(Dialect value) {
      this.dialect = Objects.requireNonNull(value, "dialect");
      return this;
    }

    /**
     * Sets the table prefix ({@value JdbcStore#DEFAULT_PREFIX} by default): a lower-case letter,
     * then up to 19 lower-case letters, digits or underscores. The schema must have been created
     * with the same prefix.
     */
    public Builder tablePrefix(String value) {
      Objects.requireNonNull(value, "tablePrefix");
      if (!PREFIX.matcher(value).matches()) {
        throw new IllegalArgumentException(
            "a table prefix is a lower-case letter then up to 19 of [a-z0-9_], not " + value);
      }
      this.prefix = value;
      return this;
    }

    /**
     * How many times a transaction runs at most when it fails transiently (5 by default; 1 turns
     * retries off).
     */
    public Builder maxAttempts(int value) {
      if (value < 1 || value > 100) {
        throw new IllegalArgumentException("maxAttempts must be between 1 and 100, not " + value);
      }
      this.maxAttempts = value;
      return this;
    }

    /**
     * The store. Detects the dialect from one connection unless it was set.
     *
     * @throws StorageException if the dialect must be detected and no connection can be opened
     */
    public JdbcStore build() {
      Dialect chosen = dialect != null ? dialect : Dialect.detect(dataSource);
      return new JdbcStore(this, chosen);
    }
  }
}
