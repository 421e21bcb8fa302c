package org.openconsultation.examples.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.Stance;

class DemoSeedContentTest {

  private final Seeded seeded = Seeded.get();

  @Test
  void registersAboutThreeHundredParticipants() {
    assertThat(seeded.engine.participants().count(seeded.organiser(), seeded.demo.id()))
        .isBetween(280L, 320L);
  }

  @Test
  void submitsAboutTwoHundredContributionsOfTheThreeKinds() {
    Map<ContributionKind, Long> kinds =
        seeded.contributions.stream()
            .collect(Collectors.groupingBy(Contribution::kind, Collectors.counting()));

    assertThat(seeded.contributions).hasSizeBetween(180, 220);
    assertThat(kinds.keySet()).containsExactlyInAnyOrder(ContributionKind.values());
    assertThat(kinds.get(ContributionKind.COLLECTIVE)).isGreaterThanOrEqualTo(26);
    assertThat(kinds.get(ContributionKind.INSTITUTIONAL)).isGreaterThanOrEqualTo(20);
    assertThat(seeded.contributions.stream().filter(DemoSeedContentTest::assisted).count())
        .isBetween(10L, 30L);
  }

  @Test
  void participantsOfEveryKindContribute() {
    Set<ParticipantKind> kinds =
        seeded.contributions.stream()
            .map(
                c ->
                    seeded
                        .engine
                        .participants()
                        .get(seeded.organiser(), seeded.demo.id(), c.author()))
            .map(p -> p.kind())
            .collect(Collectors.toSet());

    assertThat(kinds).containsExactlyInAnyOrder(ParticipantKind.values());
  }

  @Test
  void everyThemeHasContributions() {
    Set<Object> themes =
        seeded.contributions.stream().map(Contribution::themeId).collect(Collectors.toSet());

    assertThat(themes).containsExactlyInAnyOrderElementsOf(seeded.demo.themes().values());
    assertThat(seeded.demo.themes()).hasSizeBetween(6, 8);
  }

  @Test
  void noTwoContributionsShareATitleOrABody() {
    assertThat(seeded.contributions.stream().map(Contribution::title)).doesNotHaveDuplicates();
    assertThat(seeded.contributions.stream().map(Contribution::body)).doesNotHaveDuplicates();
    assertThat(seeded.contributions).noneMatch(c -> c.title().matches("(?i).*contribution \\d+.*"));
  }

  @Test
  void textsHoldTheCharactersRealPeopleType() {
    String all =
        Stream.concat(
                seeded.contributions.stream().map(c -> c.title() + "\n" + c.body()),
                seeded.comments.stream().map(Comment::body))
            .collect(Collectors.joining("\n"));

    assertThat(all).contains("’", "'", "«", "»", "%", "&", "é", "à", "ç", "œ");
    assertThat(seeded.comments.stream().map(Comment::body))
        .filteredOn(body -> body.codePoints().anyMatch(cp -> cp > 0xFFFF))
        .hasSize(1);
  }

  @Test
  void commentsTakeEveryStanceAndSomeReply() {
    Map<String, Long> stances =
        seeded.comments.stream()
            .collect(Collectors.groupingBy(c -> String.valueOf(c.stance()), Collectors.counting()));
    long replies = seeded.comments.stream().filter(c -> c.parent() != null).count();

    assertThat(seeded.comments).hasSizeBetween(550, 650);
    assertThat(stances.keySet()).containsExactlyInAnyOrder("AGREE", "NEUTRAL", "DISAGREE", "null");
    assertThat(stances.get(Stance.AGREE.name())).isGreaterThan(stances.get("DISAGREE"));
    assertThat(replies).isBetween(100L, 200L);
  }

  @Test
  void aFewContributionsDrawMostSupports() {
    List<Long> supports =
        seeded.contributions.stream()
            .filter(c -> !c.id().equals(seeded.demo.hiddenContribution()))
            .map(c -> seeded.engine.votes().tally(seeded.organiser(), seeded.demo.id(), c.id()))
            .map(t -> t.supports())
            .sorted(Comparator.reverseOrder())
            .toList();
    long total = supports.stream().mapToLong(Long::longValue).sum();
    long topTenth = supports.subList(0, supports.size() / 10).stream().mapToLong(x -> x).sum();
    long median = supports.get(supports.size() / 2);

    assertThat(total).isBetween(2_700L, 3_300L);
    assertThat(supports.get(0)).isGreaterThanOrEqualTo(10 * Math.max(1, median));
    assertThat(topTenth).isGreaterThan(total / 3);
  }

  @Test
  void activityPeaksAfterTheOpeningAndBeforeTheClose() {
    List<Instant> times = new ArrayList<>();
    seeded.contributions.forEach(c -> times.add(c.submittedAt()));
    seeded.comments.forEach(c -> times.add(c.postedAt()));
    Instant opening = Calendar.OPENING;
    Function<Long, Long> week =
        start ->
            times.stream()
                .filter(t -> !t.isBefore(opening.plus(start, ChronoUnit.DAYS)))
                .filter(t -> t.isBefore(opening.plus(start + 7, ChronoUnit.DAYS)))
                .count();
    long lastWeek =
        times.stream()
            .filter(t -> t.isAfter(seeded.demo.closedAt().minus(Duration.ofDays(7))))
            .count();

    assertThat(week.apply(0L)).isGreaterThan(week.apply(10L));
    assertThat(lastWeek).isGreaterThan(week.apply(10L));
    assertThat(times).allMatch(t -> t.isBefore(seeded.demo.closedAt()));
  }

  @Test
  void territoriesAreRegionCodesEverywhere() {
    Set<String> codes = seeded.demo.territories().keySet();
    List<DemoPerson> people = new ArrayList<>(seeded.demo.participants());
    people.addAll(seeded.demo.facilitators());

    assertThat(seeded.contributions)
        .allMatch(c -> c.territory() == null || codes.contains(c.territory()));
    assertThat(seeded.contributions.stream().filter(c -> c.territory() != null)).isNotEmpty();
    assertThat(people).allMatch(p -> codes.contains(p.territory()));
    assertThat(codes).contains("11", "84", "04", "988").hasSize(20);
  }

  @Test
  void seedingTheInMemoryStoreTakesLessThanFiveSecondsOfProcessorTime() {
    assertThat(Duration.ofNanos(seeded.cpuNanos)).isLessThan(Duration.ofSeconds(5));
  }

  private static boolean assisted(Contribution c) {
    return c.provenance() instanceof Provenance.Individual i && i.assisted();
  }
}
