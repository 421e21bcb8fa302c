package org.openconsultation.core;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.StorageException;
import org.openconsultation.core.spi.BallotRepository;
import org.openconsultation.core.spi.CommentRepository;
import org.openconsultation.core.spi.ConsultationRepository;
import org.openconsultation.core.spi.ConsultationStore;
import org.openconsultation.core.spi.ContributionRepository;
import org.openconsultation.core.spi.MilestoneRepository;
import org.openconsultation.core.spi.ModerationRepository;
import org.openconsultation.core.spi.NewsRepository;
import org.openconsultation.core.spi.ParticipantRepository;
import org.openconsultation.core.spi.ThemeRepository;
import org.openconsultation.core.spi.Transactions;
import org.openconsultation.core.spi.WorkshopRepository;

/**
 * An in-memory store that tells whether a transaction is running and how many committed, and that
 * can be told to fail when a moderation decision is written.
 */
final class RecordingStore implements ConsultationStore {

  private final InMemoryStore delegate = new InMemoryStore();
  private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
  private final AtomicInteger commits = new AtomicInteger();
  private final ModerationRepository moderation;
  private volatile boolean failDecisions;

  private final Transactions transactions =
      new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          depth.set(depth.get() + 1);
          try {
            T result = delegate.transactions().inTransaction(work);
            if (depth.get() == 1) {
              commits.incrementAndGet();
            }
            return result;
          } finally {
            depth.set(depth.get() - 1);
          }
        }
      };

  RecordingStore() {
    ModerationRepository real = delegate.moderation();
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (failDecisions && method.getName().equals("insertDecision")) {
            throw new StorageException("disk full", null, false);
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    moderation =
        (ModerationRepository)
            Proxy.newProxyInstance(
                ModerationRepository.class.getClassLoader(),
                new Class<?>[] {ModerationRepository.class},
                handler);
  }

  /** Whether the calling thread is inside a transaction of this store. */
  boolean inTransaction() {
    return depth.get() > 0;
  }

  /** How many outermost transactions returned normally. */
  int commits() {
    return commits.get();
  }

  /** Makes every later moderation decision fail with a storage failure. */
  void failDecisions() {
    failDecisions = true;
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public ConsultationRepository consultations() {
    return delegate.consultations();
  }

  @Override
  public ThemeRepository themes() {
    return delegate.themes();
  }

  @Override
  public NewsRepository news() {
    return delegate.news();
  }

  @Override
  public MilestoneRepository milestones() {
    return delegate.milestones();
  }

  @Override
  public ParticipantRepository participants() {
    return delegate.participants();
  }

  @Override
  public ContributionRepository contributions() {
    return delegate.contributions();
  }

  @Override
  public WorkshopRepository workshops() {
    return delegate.workshops();
  }

  @Override
  public CommentRepository comments() {
    return delegate.comments();
  }

  @Override
  public BallotRepository ballots() {
    return delegate.ballots();
  }

  @Override
  public ModerationRepository moderation() {
    return moderation;
  }
}
