package org.openconsultation.core.memory;

import org.openconsultation.core.spi.BallotRepository;
import org.openconsultation.core.spi.CommentRepository;
import org.openconsultation.core.spi.ConsultationRepository;
import org.openconsultation.core.spi.ConsultationStore;
import org.openconsultation.core.spi.ContributionRepository;
import org.openconsultation.core.spi.ExposureLog;
import org.openconsultation.core.spi.MilestoneRepository;
import org.openconsultation.core.spi.ModerationRepository;
import org.openconsultation.core.spi.NewsRepository;
import org.openconsultation.core.spi.ParticipantRepository;
import org.openconsultation.core.spi.ThemeRepository;
import org.openconsultation.core.spi.Transactions;
import org.openconsultation.core.spi.WorkshopRepository;

/**
 * A {@link ConsultationStore} that keeps everything in the JVM heap: for tests, simulations and
 * small hosts. Nothing survives the JVM; every store starts empty and shares nothing with another.
 *
 * <p>Thread-safe. One lock guards the whole store: each port method holds it for its duration, so a
 * single call outside a transaction is atomic and takes effect at once, and {@link
 * Transactions#inTransaction} holds it for the whole work, so transactions are serializable (they
 * run one at a time). When the work throws, every write it made is undone in reverse order and the
 * exception propagates unchanged; nested transactions join the outer one. References handed out by
 * {@link ContributionRepository#nextReference} are never given back, even on rollback.
 *
 * <p>{@code forEach…} methods hand their consumer a snapshot taken under the lock and call it
 * outside the lock (unless a transaction of the same thread holds it), so a consumer may call back
 * into the store.
 */
public final class InMemoryStore implements ConsultationStore {

  private final StoreLock lock = new StoreLock();
  private final Transactions transactions = new MemoryTransactions(lock);
  private final ConsultationRepository consultations = new MemoryConsultations(lock);
  private final ThemeRepository themes = new MemoryThemes(lock);
  private final NewsRepository news = new MemoryNews(lock);
  private final MilestoneRepository milestones = new MemoryMilestones(lock);
  private final ParticipantRepository participants = new MemoryParticipants(lock);
  private final ContributionRepository contributions = new MemoryContributions(lock);
  private final WorkshopRepository workshops = new MemoryWorkshops(lock);
  private final CommentRepository comments = new MemoryComments(lock);
  private final BallotRepository ballots = new MemoryBallots(lock);
  private final ModerationRepository moderation = new MemoryModeration(lock);
  private final ExposureLog exposures = new MemoryExposures(lock);

  /** Creates an empty store. */
  public InMemoryStore() {}

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

  @Override
  public ExposureLog exposures() {
    return exposures;
  }
}
