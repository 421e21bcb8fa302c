package org.openconsultation.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.NewsItemId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.spi.BallotRepository;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.core.spi.ContributionRepository;
import org.openconsultation.core.spi.NewsRepository;
import org.openconsultation.core.spi.ThemeRepository;
import org.openconsultation.core.spi.Transactions;

/** In-memory stores each broken in one classic way, to show that the kit notices. */
final class BrokenStores {

  private BrokenStores() {}

  /** Transactions that run the work but undo nothing when it throws. */
  static ConsultationStoreWithBug withoutRollback() {
    return new ConsultationStoreWithBug() {
      @Override
      public Transactions transactions() {
        return new Transactions() {
          @Override
          public <T> T inTransaction(Supplier<T> work) {
            return work.get();
          }
        };
      }
    };
  }

  /** Ballots put as if there were never a limit. */
  static ConsultationStoreWithBug ignoringLimits() {
    return new ConsultationStoreWithBug() {
      @Override
      public BallotRepository ballots() {
        BallotRepository real = delegate.ballots();
        return new ForwardingBallots(real) {
          @Override
          public Optional<BallotRecord> put(BallotRecord ballot, int limit) {
            return real.put(ballot, 0);
          }
        };
      }
    };
  }

  /**
   * References computed from the stored contributions: two allocations before an insert get the
   * same number.
   */
  static ConsultationStoreWithBug reusingReferences() {
    return new ConsultationStoreWithBug() {
      @Override
      public ContributionRepository contributions() {
        ContributionRepository real = delegate.contributions();
        return new ForwardingContributions(real) {
          @Override
          public Reference nextReference(ConsultationId consultation) {
            long max =
                real.list(consultation, ContributionFilter.all()).stream()
                    .mapToLong(c -> c.reference().number())
                    .max()
                    .orElse(0);
            return new Reference(max + 1);
          }
        };
      }
    };
  }

  /** Themes listed in the wrong order, and news in a list the caller can change. */
  static ConsultationStoreWithBug sloppyLists() {
    return new ConsultationStoreWithBug() {
      @Override
      public ThemeRepository themes() {
        ThemeRepository real = delegate.themes();
        return new ThemeRepository() {
          @Override
          public void insert(Theme theme) {
            real.insert(theme);
          }

          @Override
          public void update(Theme theme) {
            real.update(theme);
          }

          @Override
          public Optional<Theme> find(ConsultationId consultation, ThemeId id) {
            return real.find(consultation, id);
          }

          @Override
          public List<Theme> list(ConsultationId consultation) {
            List<Theme> reversed = new ArrayList<>(real.list(consultation));
            Collections.reverse(reversed);
            return List.copyOf(reversed);
          }
        };
      }

      @Override
      public NewsRepository news() {
        NewsRepository real = delegate.news();
        return new NewsRepository() {
          @Override
          public void insert(NewsItem item) {
            real.insert(item);
          }

          @Override
          public Optional<NewsItem> find(ConsultationId consultation, NewsItemId id) {
            return real.find(consultation, id);
          }

          @Override
          public List<NewsItem> list(ConsultationId consultation) {
            return new ArrayList<>(real.list(consultation));
          }
        };
      }
    };
  }

  /** An in-memory store with one port replaced by a subclass. */
  abstract static class ConsultationStoreWithBug extends ForwardingStore {
    ConsultationStoreWithBug() {
      super(new InMemoryStore());
    }
  }

  /** Ballots forwarded to another repository. */
  private static class ForwardingBallots implements BallotRepository {
    private final BallotRepository real;

    ForwardingBallots(BallotRepository real) {
      this.real = real;
    }

    @Override
    public Optional<BallotRecord> put(BallotRecord ballot, int limit) {
      return real.put(ballot, limit);
    }

    @Override
    public Optional<BallotRecord> remove(
        ConsultationId consultation, ContributionId contribution, ParticipantId participant) {
      return real.remove(consultation, contribution, participant);
    }

    @Override
    public Optional<BallotRecord> find(
        ConsultationId consultation, ContributionId contribution, ParticipantId participant) {
      return real.find(consultation, contribution, participant);
    }

    @Override
    public long countTowardLimit(ConsultationId consultation, ParticipantId participant) {
      return real.countTowardLimit(consultation, participant);
    }

    @Override
    public Tally tally(ConsultationId consultation, ContributionId contribution) {
      return real.tally(consultation, contribution);
    }

    @Override
    public void forEachTally(ConsultationId consultation, Consumer<? super Tally> action) {
      real.forEachTally(consultation, action);
    }

    @Override
    public void forEachBallot(ConsultationId consultation, Consumer<? super BallotRecord> action) {
      real.forEachBallot(consultation, action);
    }

    @Override
    public void forEachBallotOf(
        ConsultationId consultation,
        ParticipantId participant,
        Consumer<? super BallotRecord> action) {
      real.forEachBallotOf(consultation, participant, action);
    }
  }

  /** Contributions forwarded to another repository. */
  private static class ForwardingContributions implements ContributionRepository {
    private final ContributionRepository real;

    ForwardingContributions(ContributionRepository real) {
      this.real = real;
    }

    @Override
    public Reference nextReference(ConsultationId consultation) {
      return real.nextReference(consultation);
    }

    @Override
    public void insert(Contribution contribution, Revision first) {
      real.insert(contribution, first);
    }

    @Override
    public void update(Contribution contribution) {
      real.update(contribution);
    }

    @Override
    public void revise(Contribution contribution, Revision revision) {
      real.revise(contribution, revision);
    }

    @Override
    public Optional<Contribution> find(ConsultationId consultation, ContributionId id) {
      return real.find(consultation, id);
    }

    @Override
    public Optional<Contribution> findByReference(
        ConsultationId consultation, Reference reference) {
      return real.findByReference(consultation, reference);
    }

    @Override
    public List<Contribution> list(ConsultationId consultation, ContributionFilter filter) {
      return real.list(consultation, filter);
    }

    @Override
    public void forEach(
        ConsultationId consultation,
        ContributionFilter filter,
        Consumer<? super Contribution> action) {
      real.forEach(consultation, filter, action);
    }

    @Override
    public List<Revision> revisions(ConsultationId consultation, ContributionId id) {
      return real.revisions(consultation, id);
    }
  }
}
