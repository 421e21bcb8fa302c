package org.openconsultation.testkit.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.spi.ConsultationStore;
import org.openconsultation.testkit.BallotRepositoryContract;
import org.openconsultation.testkit.ConsultationStoreContract;

/**
 * What a host sees from its own package: extending {@link ConsultationStoreContract} makes JUnit
 * find every nested contract, and extending one port contract runs that contract alone.
 */
class HostSubclassDiscoveryTest {

  @Test
  void extendingTheWholeContractDiscoversEveryNestedContract() {
    TestPlan plan = LauncherFactory.create().discover(request(WholeKit.class));

    Set<String> areas =
        plan.getRoots().stream()
            .flatMap(root -> plan.getDescendants(root).stream())
            .filter(TestIdentifier::isTest)
            .map(test -> test.getSource().orElseThrow())
            .map(source -> ((MethodSource) source).getClassName())
            .map(name -> name.substring(name.lastIndexOf('$') + 1))
            .collect(Collectors.toSet());

    assertThat(areas)
        .containsExactlyInAnyOrder(
            "Consultations",
            "Themes",
            "News",
            "Milestones",
            "Participants",
            "Contributions",
            "Workshops",
            "Comments",
            "Ballots",
            "Moderation",
            "ExportStreams",
            "Transactions",
            "BallotSequences",
            "VoteConcurrency",
            "Scenario");
  }

  @Test
  void extendingOnePortContractRunsItsTestsAgainstTheHostsStore() {
    Map<String, TestExecutionResult.Status> results = new TreeMap<>();
    LauncherFactory.create()
        .execute(
            request(BallotsOnly.class),
            new TestExecutionListener() {
              @Override
              public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                  results.put(test.getDisplayName(), result.getStatus());
                }
              }
            });

    assertThat(results).hasSize(17);
    assertThat(results.values()).containsOnly(TestExecutionResult.Status.SUCCESSFUL);
    assertThat(List.copyOf(results.keySet())).contains("aNewBallotIsStoredAndCounted()");
  }

  private static LauncherDiscoveryRequest request(Class<?> testClass) {
    return LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build();
  }

  static class WholeKit extends ConsultationStoreContract {
    @Override
    protected ConsultationStore createStore() {
      return new InMemoryStore();
    }
  }

  static class BallotsOnly extends BallotRepositoryContract {
    @Override
    protected ConsultationStore createStore() {
      return new InMemoryStore();
    }
  }
}
