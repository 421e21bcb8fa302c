package org.openconsultation.core.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.dashboard.Count;
import org.openconsultation.core.dashboard.KindFigures;
import org.openconsultation.core.dashboard.TerritoryBreakdown;
import org.openconsultation.core.dashboard.TerritoryFigures;
import org.openconsultation.core.dashboard.ThemeFigures;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;

/**
 * Counts streamed rows per day, theme, kind and territory. It keeps counters only, plus an index of
 * the contributions counted (their theme and kind) so that comments and ballots are counted with
 * their contribution and only then.
 */
final class DashboardTally {

  private static final int CONTRIBUTIONS = 0;
  private static final int COMMENTS = 1;
  private static final int BALLOTS = 2;
  private static final int SUPPORTS = 3;

  private record Indexed(ThemeId theme, ContributionKind kind) {}

  private final boolean votes;
  private final DashboardDays days;
  private final Map<ContributionId, Indexed> index = new HashMap<>();
  private final Map<ThemeId, long[]> themes = new LinkedHashMap<>();
  private final Map<ContributionKind, long[]> kinds = new EnumMap<>(ContributionKind.class);
  private final Map<@Nullable String, long[]> territories = new HashMap<>();

  DashboardTally(ZoneId zone, boolean votes) {
    this.votes = votes;
    this.days = new DashboardDays(zone);
    for (ContributionKind kind : ContributionKind.values()) {
      kinds.put(kind, new long[4]);
    }
  }

  void contribution(Contribution x) {
    Indexed i = new Indexed(x.themeId(), x.kind());
    index.put(x.id(), i);
    days.count(DashboardDays.CONTRIBUTIONS, x.submittedAt());
    add(i, CONTRIBUTIONS, 1);
    territories.computeIfAbsent(x.territory(), t -> new long[2])[0]++;
  }

  void comment(Comment x) {
    Indexed i = index.get(x.contributionId());
    if (i != null) {
      days.count(DashboardDays.COMMENTS, x.postedAt());
      add(i, COMMENTS, 1);
    }
  }

  void ballot(BallotRecord x) {
    if (votes && index.containsKey(x.contributionId())) {
      days.count(DashboardDays.BALLOTS, x.castAt());
    }
  }

  void tally(Tally x) {
    Indexed i = index.get(x.contributionId());
    if (votes && i != null) {
      add(i, BALLOTS, x.ballots());
      add(i, SUPPORTS, x.supports());
    }
  }

  void participant(Participant x) {
    days.count(DashboardDays.REGISTRATIONS, x.registeredAt());
    territories.computeIfAbsent(x.territory(), t -> new long[2])[1]++;
  }

  DashboardDays days() {
    return days;
  }

  /** Every theme of {@code list} in its order, then any other theme met, by id. */
  List<ThemeFigures> themes(List<Theme> list) {
    List<ThemeFigures> out = new ArrayList<>();
    Map<ThemeId, long[]> rest = new HashMap<>(themes);
    for (Theme t : list) {
      long[] n = rest.remove(t.id());
      out.add(theme(t.id(), t.title(), n != null ? n : new long[4]));
    }
    rest.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(ThemeId::toString)))
        .forEach(e -> out.add(theme(e.getKey(), e.getKey().toString(), e.getValue())));
    return out;
  }

  List<KindFigures> kinds() {
    List<KindFigures> out = new ArrayList<>();
    kinds.forEach(
        (kind, n) ->
            out.add(
                new KindFigures(
                    kind, n[CONTRIBUTIONS], n[COMMENTS], hidden(n[BALLOTS]), hidden(n[SUPPORTS]))));
    return out;
  }

  /** Territories by code, the one without a code last, with suppression below {@code k}. */
  TerritoryBreakdown territories(int k) {
    List<@Nullable String> codes = new ArrayList<>(territories.keySet());
    codes.sort(Comparator.nullsLast(Comparator.naturalOrder()));
    List<Long> contributions = new ArrayList<>();
    List<Long> participants = new ArrayList<>();
    for (String code : codes) {
      long[] n = territories.get(code);
      contributions.add(n[0]);
      participants.add(n[1]);
    }
    List<Count> c = DashboardSuppression.column(contributions, k);
    List<Count> p = DashboardSuppression.column(participants, k);
    List<TerritoryFigures> rows = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      rows.add(new TerritoryFigures(codes.get(i), c.get(i), p.get(i)));
    }
    return new TerritoryBreakdown(
        k,
        rows,
        contributions.stream().mapToLong(Long::longValue).sum(),
        participants.stream().mapToLong(Long::longValue).sum());
  }

  private void add(Indexed i, int what, long n) {
    themes.computeIfAbsent(i.theme(), t -> new long[4])[what] += n;
    kinds.get(i.kind())[what] += n;
  }

  private ThemeFigures theme(ThemeId id, String title, long[] n) {
    return new ThemeFigures(
        id, title, n[CONTRIBUTIONS], n[COMMENTS], hidden(n[BALLOTS]), hidden(n[SUPPORTS]));
  }

  private @Nullable Long hidden(long n) {
    return votes ? n : null;
  }
}
