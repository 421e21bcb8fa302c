package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.openconsultation.core.spi.ConsultationStore;

/**
 * The kit fails stores that break the contract: each broken store below passes everything but what
 * its bug breaks, and the tests named for that promise fail.
 */
class KitCatchesBrokenStoresTest {

  @Test
  void aStoreThatDoesNotRollBackFailsTheRollbackTestsAndTheModel() {
    Map<String, Status> transactions = run(NoRollbackTransactions.class);
    Map<String, Status> model = run(NoRollbackModel.class);

    assertThat(failed(transactions))
        .contains(
            "aThrowingWorkUndoesAnInsertIntoEveryPortAndPropagatesItsException",
            "anErrorThrownByTheWorkAlsoUndoesItsWrites",
            "rolledBackInsertsFreeTheirIdsAndUniqueKeys",
            "aThrowingWorkRestoresEveryRowItUpdated",
            "aLimitReachedInsideATransactionUndoesTheEarlierWrites",
            "aNestedTransactionJoinsTheOuterOneAndIsUndoneWithIt")
        .doesNotContain(
            "aTransactionReturnsTheWorksResultAndCommitsEveryWrite",
            "referencesTakenInCommittedTransactionsAreNeverTakenAgain");
    assertThat(failed(model)).containsExactly("randomBallotSequencesLeaveTheStoreInTheModelsState");
  }

  @Test
  void aStoreThatIgnoresTheLimitFailsTheBallotTestsTheModelAndTheStressTest() {
    assertThat(failed(run(LimitlessBallots.class)))
        .contains(
            "aBallotBeyondTheLimitIsRefusedAndNothingIsWritten",
            "turningABallotThatDoesNotCountIntoOneThatDoesIsRefusedAtTheLimitAndKeepsTheOldBallot")
        .doesNotContain("aNewBallotIsStoredAndCounted", "aRecountEqualsTheStoredTallies");
    assertThat(failed(run(LimitlessModel.class)))
        .containsExactly("randomBallotSequencesLeaveTheStoreInTheModelsState");
    assertThat(failed(run(LimitlessConcurrency.class)))
        .containsExactlyInAnyOrder(
            "supportsCastAndRetractedFromManyThreadsThroughTheEngineLoseNothing",
            "votesForAndAgainstChangedFromManyThreadsThroughTheEngineLoseNothing",
            "ballotsPutAndRemovedFromManyThreadsOutsideTransactionsLoseNothing");
  }

  @Test
  void aStoreThatDerivesReferencesFromStoredContributionsFailsTheReferenceTests() {
    assertThat(failed(run(ReusedReferencesTransactions.class)))
        .containsExactly("referencesTakenInCommittedTransactionsAreNeverTakenAgain");
    assertThat(failed(run(ReusedReferencesContributions.class)))
        .containsExactlyInAnyOrder(
            "referencesAreOneTwoThreeInEachConsultation",
            "referencesTakenFromManyThreadsAtOnceAreAllDifferent");
  }

  @Test
  void aStoreWithSloppyListsFailsTheOrderAndImmutabilityTests() {
    assertThat(failed(run(SloppyThemes.class))).containsExactly("themesAreListedByPositionThenId");
    assertThat(failed(run(SloppyNews.class)))
        .containsExactly("theListHoldsOnlyTheConsultationsNewsAndIsAnImmutableSnapshot");
    assertThat(failed(run(SloppyScenario.class)))
        .containsExactly("themesAreListedInTheOrderTheyWereAdded");
  }

  @Test
  void theBrokenStoresRunEveryTestOfTheirContract() {
    assertThat(run(SloppyThemes.class)).hasSize(7);
    assertThat(run(LimitlessBallots.class)).hasSize(17);
  }

  private static Set<String> failed(Map<String, Status> results) {
    return results.entrySet().stream()
        .filter(e -> e.getValue() != Status.SUCCESSFUL)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /** Runs a contract class with JUnit and returns each test method's outcome. */
  private static Map<String, Status> run(Class<?> contract) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract)).build();
    Map<String, Status> results = new TreeMap<>();
    LauncherFactory.create()
        .execute(
            request,
            new TestExecutionListener() {
              @Override
              public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest() && test.getSource().orElse(null) instanceof MethodSource m) {
                  synchronized (results) {
                    results.put(m.getMethodName(), result.getStatus());
                  }
                }
              }
            });
    return results;
  }

  static class NoRollbackTransactions extends TransactionsContract {
    @Override
    protected ConsultationStore createStore() {
      return BrokenStores.withoutRollback();
    }
  }

  static class NoRollbackModel extends BallotModelContract {
    @Override
    protected ConsultationStore createStore() {
      return BrokenStores.withoutRollback();
    }
  }

  static class LimitlessBallots extends BallotRepositoryContract {
    @Override
    protected ConsultationStore createStore() {
      return BrokenStores.ignoringLimits();
    }
  }

  static class LimitlessModel extends BallotModelContract {
    @Override
    protected ConsultationStore createStore() {
      return BrokenStores.ignoringLimits();
    }
  }

  static class LimitlessConcurrency extends VoteConcurrencyContract {
    @Override
    protected ConsultationStore createStore() {
      return BrokenStores.ignoringLimits();
    }
  }

  static class ReusedReferencesTransactions extends TransactionsContract {
    @Override
    protected ConsultationStore createStore() {
      return BrokenStores.reusingReferences();
    }
  }

  static class ReusedReferencesContributions extends ContributionRepositoryContract {
    @Override
    protected ConsultationStore createStore() {
      return BrokenStores.reusingReferences();
    }
  }

  static class SloppyThemes extends ThemeRepositoryContract {
    @Override
    protected ConsultationStore createStore() {
      return BrokenStores.sloppyLists();
    }
  }

  static class SloppyNews extends NewsRepositoryContract {
    @Override
    protected ConsultationStore createStore() {
      return BrokenStores.sloppyLists();
    }
  }

  static class SloppyScenario extends ConsultationScenarioContract {
    @Override
    protected ConsultationStore createStore() {
      return BrokenStores.sloppyLists();
    }
  }
}
