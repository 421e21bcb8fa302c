package org.openconsultation.examples.story;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.PhaseException;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.ranking.RankingEntry;

class ConsultationStoryTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static StoryResult result;
  private static String output;

  @BeforeAll
  static void tellTheStory() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      result = ConsultationStory.run(out);
    }
    output = bytes.toString(StandardCharsets.UTF_8);
  }

  /** Supports per contribution key, as the vote script casts them. */
  private static Map<String, Long> scriptedSupports() {
    return VoteScript.ROUNDS.stream()
        .flatMap(round -> round.ballots().stream())
        .flatMap(ballots -> ballots.contributions().stream())
        .collect(groupingBy(key -> key, counting()));
  }

  @Test
  void lateVoteIsRefusedBecauseTheConsultationIsClosed() {
    assertThat(result.lateVoteRefusal()).isInstanceOf(PhaseException.class);
    assertThat(((PhaseException) result.lateVoteRefusal()).phase()).isEqualTo(Phase.CLOSED);
    assertThat(output).contains("refusé", result.lateVoteRefusal().getMessage());
  }

  @Test
  void consultationWasClosedEarlyForTheElectoralReserve() {
    var consultation = result.engine().consultations().get(Actor.visitor(), result.consultation());

    assertThat(result.engine().consultations().phase(result.consultation()))
        .isEqualTo(Phase.CLOSED);
    assertThat(consultation.lifecycle().closeReason()).isEqualTo("Période de réserve électorale");
    assertThat(consultation.effectiveClosing()).isBefore(consultation.schedule().closesAt());
  }

  @Test
  void rankingFollowsTheVoteScript() {
    Map<String, Long> expected = scriptedSupports();
    String top =
        expected.keySet().stream()
            .min(
                Comparator.comparing((String key) -> -expected.get(key))
                    .thenComparing(key -> result.contributions().get(key).reference().number()))
            .orElseThrow();

    RankingEntry first = result.ranking().entries().get(0);
    assertThat(first.reference()).isEqualTo(result.contributions().get(top).reference());
    assertThat(first.score()).isEqualTo((double) expected.get(top));
    assertThat(output).contains("1. " + first.reference());
  }

  @Test
  void everyTallyEqualsTheScriptedSupports() {
    Map<String, Long> expected = scriptedSupports();

    result
        .contributions()
        .forEach(
            (key, c) ->
                assertThat(
                        result
                            .engine()
                            .votes()
                            .tally(Actor.visitor(), result.consultation(), c.id())
                            .supports())
                    .as(key)
                    .isEqualTo(expected.getOrDefault(key, 0L)));
  }

  @Test
  void themeRankingHoldsOnlyThatThemeInTheSameOrder() {
    List<RankingEntry> theme = result.mediationRanking().entries();

    assertThat(theme).isNotEmpty();
    assertThat(result.contributions().values())
        .filteredOn(c -> c.themeId().equals(result.mediation()))
        .hasSize(theme.size());
    List<Object> overallOrder =
        result.ranking().entries().stream()
            .map(RankingEntry::reference)
            .filter(r -> theme.stream().anyMatch(e -> e.reference().equals(r)))
            .collect(Collectors.toList());
    assertThat(theme.stream().map(RankingEntry::reference).collect(Collectors.toList()))
        .isEqualTo(overallOrder);
  }

  @Test
  void workshopsIncludeOverseasOnesInTheirOwnTimeZones() {
    List<Workshop> workshops = result.workshops();

    assertThat(workshops).hasSizeGreaterThanOrEqualTo(4);
    assertThat(workshops)
        .filteredOn(w -> !w.place().zone().equals(PARIS))
        .extracting(w -> w.place().zone().getId())
        .hasSizeGreaterThanOrEqualTo(2)
        .contains("America/Guadeloupe", "Indian/Reunion");
    assertThat(workshops).allSatisfy(w -> assertThat(w.attendeeCount()).isPositive());
  }

  @Test
  void everyWorkshopSubmittedACollectiveContribution() {
    for (Workshop w : result.workshops()) {
      List<Contribution> collective =
          result.engine().workshops().contributions(Actor.visitor(), result.consultation(), w.id());
      assertThat(collective).as(w.title()).isNotEmpty();
      assertThat(collective)
          .allSatisfy(c -> assertThat(c.kind()).isEqualTo(ContributionKind.COLLECTIVE));
      String reference = collective.get(0).reference().toString();
      assertThat(output.lines())
          .anyMatch(line -> line.strip().startsWith(reference + " ") && line.contains(w.title()));
    }
  }

  @Test
  void allThreeKindsAndAnAssistedContributionArePresent() {
    Set<ContributionKind> kinds =
        result.contributions().values().stream()
            .map(Contribution::kind)
            .collect(Collectors.toSet());

    assertThat(kinds).containsExactlyInAnyOrder(ContributionKind.values());
    assertThat(result.contributions().values())
        .anySatisfy(
            c ->
                assertThat(c.provenance())
                    .isInstanceOfSatisfying(
                        Provenance.Individual.class, i -> assertThat(i.assisted()).isTrue()));
  }

  @Test
  void twelveMembersRegistered() {
    assertThat(result.engine().participants().count(Actor.visitor(), result.consultation()))
        .isEqualTo(Member.values().length)
        .isEqualTo(12);
  }

  @Test
  void outputIsFrenchReadableAndShort() {
    List<String> lines = output.lines().collect(Collectors.toList());

    assertThat(lines).hasSizeBetween(50, 80);
    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    assertThat(output)
        .contains("Période de réserve électorale", "Médiation numérique", "Pointe-à-Pitre")
        .doesNotContain("\u00a0");
  }
}
