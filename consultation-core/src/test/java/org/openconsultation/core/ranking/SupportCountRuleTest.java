package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.ThemeId;
import org.quicktheories.core.Gen;

/** Ranking by number of supports, with its documented tie-breaks. */
class SupportCountRuleTest {

  private static final ThemeId THEME = new ThemeId(new UUID(0, 1));
  private static final RankingContext CONTEXT =
      new RankingContext(Instant.parse("2026-04-01T00:00:00Z"), ConsultationSettings.defaults());
  private static final SupportCountRule RULE = new SupportCountRule();

  /** A contribution's supports and oppositions, small so that ties are common. */
  record Counts(long supports, long oppositions) {}

  private static final Gen<Counts> ONE =
      integers().between(0, 6).zip(integers().between(0, 3), (s, o) -> new Counts(s, o));

  private static final Gen<List<Counts>> COUNTS = lists().of(ONE).ofSizeBetween(0, 40);

  private static final Gen<List<Counts>> SOME_COUNTS = lists().of(ONE).ofSizeBetween(1, 40);

  /** Items numbered C-1, C-2… in the order given. */
  private static List<RankingItem> items(List<Counts> counts) {
    List<RankingItem> items = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      items.add(item(i + 1, counts.get(i).supports(), counts.get(i).oppositions()));
    }
    return items;
  }

  private static RankingItem item(long reference, long supports, long oppositions) {
    ContributionId id = new ContributionId(new UUID(7, reference));
    return new RankingItem(
        id,
        new Reference(reference),
        ContributionKind.INDIVIDUAL,
        THEME,
        null,
        Instant.parse("2026-03-01T00:00:00Z").plusSeconds(reference),
        0,
        new Tally(id, supports, oppositions, 0, List.of()),
        0);
  }

  private static int rankOf(List<RankingEntry> entries, ContributionId id) {
    return entries.stream()
        .filter(e -> e.contribution().equals(id))
        .findFirst()
        .orElseThrow()
        .rank();
  }

  @Test
  void shufflingTheInputGivesTheSameEntries() {
    qt().forAll(COUNTS, longs().all())
        .checkAssert(
            (counts, seed) -> {
              List<RankingItem> items = items(counts);
              List<RankingItem> shuffled = new ArrayList<>(items);
              Collections.shuffle(shuffled, new Random(seed));
              assertThat(RULE.rank(shuffled, CONTEXT)).isEqualTo(RULE.rank(items, CONTEXT));
            });
  }

  @Test
  void oneMoreSupportNeverLowersAContributionsRank() {
    qt().forAll(SOME_COUNTS, integers().between(0, 1_000))
        .checkAssert(
            (counts, pick) -> {
              int i = pick % counts.size();
              List<RankingItem> items = items(counts);
              List<Counts> more = new ArrayList<>(counts);
              more.set(i, new Counts(counts.get(i).supports() + 1, counts.get(i).oppositions()));
              ContributionId target = items.get(i).contribution();

              int before = rankOf(RULE.rank(items, CONTEXT), target);
              int after = rankOf(RULE.rank(items(more), CONTEXT), target);

              assertThat(after).isLessThanOrEqualTo(before);
            });
  }

  @Test
  void entriesHaveRanksOneToNInScoreOrder() {
    qt().forAll(COUNTS)
        .checkAssert(
            counts -> {
              List<RankingEntry> entries = RULE.rank(items(counts), CONTEXT);
              assertThat(entries).hasSize(counts.size());
              for (int r = 0; r < entries.size(); r++) {
                assertThat(entries.get(r).rank()).isEqualTo(r + 1);
                if (r > 0) {
                  assertThat(entries.get(r).score())
                      .isLessThanOrEqualTo(entries.get(r - 1).score());
                }
              }
            });
  }

  @Test
  void tiesGoToFewerOppositionsThenToTheLowerReference() {
    List<RankingItem> items =
        List.of(
            item(1, 3, 2), // C-1: 3 supports, 2 oppositions
            item(2, 5, 0), // C-2: most supports
            item(3, 3, 1), // C-3: 3 supports, fewer oppositions than C-1
            item(4, 3, 1), // C-4: same as C-3, later
            item(5, 0, 0));

    List<RankingEntry> entries = RULE.rank(items, CONTEXT);

    assertThat(entries)
        .extracting(e -> e.reference().toString())
        .containsExactly("C-2", "C-3", "C-4", "C-1", "C-5");
    assertThat(entries).extracting(RankingEntry::score).containsExactly(5.0, 3.0, 3.0, 3.0, 0.0);
    assertThat(entries).extracting(RankingEntry::rank).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void eachEntryExplainsItsScore() {
    List<RankingEntry> entries = RULE.rank(List.of(item(1, 1, 0), item(2, 12, 0)), CONTEXT);
    assertThat(entries)
        .extracting(RankingEntry::explanation)
        .containsExactly("12 supports", "1 support");
  }

  @Test
  void theRuleIsTheRegisteredDefault() {
    RankingRule found =
        RankingRules.standard().find(ConsultationSettings.SUPPORT_RULE).orElseThrow();
    assertThat(found).isInstanceOf(SupportCountRule.class);
    assertThat(found.name()).isEqualTo(SupportCountRule.NAME).isEqualTo("support");
    assertThat(found.version()).isEqualTo(1);
  }
}
