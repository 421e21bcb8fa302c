package org.openconsultation.testkit;

import org.junit.jupiter.api.Nested;
import org.openconsultation.core.spi.ConsultationStore;

/**
 * The whole contract of a {@link ConsultationStore}: what a store must do to be used by the engine.
 * A store passes the kit when a subclass that returns a fresh, empty store from {@link
 * #createStore()} passes every test:
 *
 * <pre>{@code
 * class MyStoreContractTest extends ConsultationStoreContract {
 *   @Override
 *   protected ConsultationStore createStore() {
 *     return new MyStore(freshDataSource());
 *   }
 * }
 * }</pre>
 *
 * <p>JUnit 5 runs the nested classes below through the subclass, one per area:
 *
 * <ul>
 *   <li>one per port ({@link ConsultationRepositoryContract}, {@link ThemeRepositoryContract},
 *       {@link NewsRepositoryContract}, {@link MilestoneRepositoryContract}, {@link
 *       ParticipantRepositoryContract}, {@link ContributionRepositoryContract}, {@link
 *       WorkshopRepositoryContract}, {@link CommentRepositoryContract}, {@link
 *       BallotRepositoryContract}, {@link ModerationRepositoryContract}) and {@link
 *       TransactionsContract}: examples of each method's promises;
 *   <li>{@link ExportStreamsContract}: the whole-consultation streams exports read;
 *   <li>{@link BallotModelContract}: random sequences of ballots compared with a simple model;
 *   <li>{@link VoteConcurrencyContract}: votes from 32 threads at once through the engine;
 *   <li>{@link ConsultationScenarioContract}: a whole consultation through the engine.
 * </ul>
 *
 * <p>Each of those classes can also be extended on its own, for example while a store is being
 * written; extending this class and one of them runs that one twice.
 */
public abstract class ConsultationStoreContract {

  /** For subclasses. */
  protected ConsultationStoreContract() {}

  /**
   * A new, empty store, shared with no other test. Called once before each test of every nested
   * class; the store may hold data from nothing but that test.
   */
  protected abstract ConsultationStore createStore();

  private ConsultationStore freshStore() {
    return createStore();
  }

  @Nested
  class Consultations extends ConsultationRepositoryContract {
    @Override
    protected ConsultationStore createStore() {
      return freshStore();
    }
  }

  @Nested
  class Themes extends ThemeRepositoryContract {
    @Override
    protected ConsultationStore createStore() {
      return freshStore();
    }
  }

  @Nested
  class News extends NewsRepositoryContract {
    @Override
    protected ConsultationStore createStore() {
      return freshStore();
    }
  }

  @Nested
  class Milestones extends MilestoneRepositoryContract {
    @Override
    protected ConsultationStore createStore() {
      return freshStore();
    }
  }

  @Nested
  class Participants extends ParticipantRepositoryContract {
    @Override
    protected ConsultationStore createStore() {
      return freshStore();
    }
  }

  @Nested
  class Contributions extends ContributionRepositoryContract {
    @Override
    protected ConsultationStore createStore() {
      return freshStore();
    }
  }

  @Nested
  class Workshops extends WorkshopRepositoryContract {
    @Override
    protected ConsultationStore createStore() {
      return freshStore();
    }
  }

  @Nested
  class Comments extends CommentRepositoryContract {
    @Override
    protected ConsultationStore createStore() {
      return freshStore();
    }
  }

  @Nested
  class Ballots extends BallotRepositoryContract {
    @Override
    protected ConsultationStore createStore() {
      return freshStore();
    }
  }

  @Nested
  class Moderation extends ModerationRepositoryContract {
    @Override
    protected ConsultationStore createStore() {
      return freshStore();
    }
  }

  @Nested
  class ExportStreams extends ExportStreamsContract {
    @Override
    protected ConsultationStore createStore() {
      return freshStore();
    }
  }

  @Nested
  class Transactions extends TransactionsContract {
    @Override
    protected ConsultationStore createStore() {
      return freshStore();
    }
  }

  @Nested
  class BallotSequences extends BallotModelContract {
    @Override
    protected ConsultationStore createStore() {
      return freshStore();
    }
  }

  @Nested
  class VoteConcurrency extends VoteConcurrencyContract {
    @Override
    protected ConsultationStore createStore() {
      return freshStore();
    }
  }

  @Nested
  class Scenario extends ConsultationScenarioContract {
    @Override
    protected ConsultationStore createStore() {
      return freshStore();
    }
  }
}
