package org.openconsultation.core.research;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingContext;
import org.openconsultation.core.ranking.RankingEntry;
import org.openconsultation.core.ranking.RankingItem;
import org.openconsultation.core.ranking.RankingRule;

/**
 * A consultation as data, for research: items under the input's own ids and timestamped ballots.
 * Immutable and thread-safe; build one with {@link #builder()}, {@link PolisExport}, {@link
 * TalliesCsv} or {@link Simulation}.
 *
 * <p>Counting: each voter's last ballot on each item counts (by time; at equal times, the one added
 * last), plus the item's {@link DatasetItem#counts() totals}. For ranking, item {@code n} of {@link
 * #items()} (from 0) becomes a {@link RankingItem} with reference {@code C-(n+1)} and a synthesised
 * {@link ContributionId}, so rules that break ties by reference favour the earlier item in input
 * order; {@link #ids(Ranking)} maps a ranking back to the input's ids.
 */
public final class Dataset {

  /** The most significant bits of every synthesised contribution and theme id: "RESEARCH". */
  private static final long MAGIC = 0x5245_5345_4152_4348L;

  private static final ThemeId NO_THEME = new ThemeId(new UUID(MAGIC, 0));

  private final List<DatasetItem> items;
  private final List<TimedBallot> ballots;
  private final VoteMode voteMode;
  private final int gradeCount;
  private final Map<String, Integer> indexById;
  private final List<ContributionId> contributionIds;
  private final Recount recount;
  private final List<RankingItem> rankingItems;

  private Dataset(
      List<DatasetItem> items, List<TimedBallot> ballots, VoteMode voteMode, int gradeCount) {
    this.items = List.copyOf(items);
    List<TimedBallot> sorted = new ArrayList<>(ballots);
    sorted.sort(Comparator.comparing(TimedBallot::at)); // stable: equal times keep input order
    this.ballots = List.copyOf(sorted);
    this.voteMode = voteMode;
    this.gradeCount = gradeCount;
    Map<String, Integer> index = new HashMap<>();
    List<ContributionId> ids = new ArrayList<>();
    for (DatasetItem item : this.items) {
      index.put(item.id(), ids.size());
      ids.add(contributionId(ids.size()));
    }
    this.indexById = Map.copyOf(index);
    this.contributionIds = List.copyOf(ids);
    this.recount = new Recount(this.ballots, indexById, this.items.size());
    this.rankingItems = rankingItems(null, totals());
  }

  /** A builder of a dataset. */
  public static Builder builder() {
    return new Builder();
  }

  /** The items, in input order (which gives their references). */
  public List<DatasetItem> items() {
    return items;
  }

  /** The item with this input id. */
  public Optional<DatasetItem> item(String id) {
    Integer index = indexById.get(id);
    return index == null ? Optional.empty() : Optional.of(items.get(index));
  }

  /** Every ballot, superseded ones included, in time order (equal times in input order). */
  public List<TimedBallot> ballots() {
    return ballots;
  }

  /** The distinct voters, in order of their first ballot. */
  public List<String> voters() {
    return recount.voters();
  }

  /** The vote mode the ballots were cast in; rules read it from {@link #context()}. */
  public VoteMode voteMode() {
    return voteMode;
  }

  /** The number of grades of the majority-judgment scale. */
  public int gradeCount() {
    return gradeCount;
  }

  /** The latest submission or ballot time; the epoch if there is none. */
  public Instant end() {
    Instant end = Instant.EPOCH;
    for (DatasetItem item : items) {
      end = item.submittedAt().isAfter(end) ? item.submittedAt() : end;
    }
    return ballots.isEmpty() || !ballots.get(ballots.size() - 1).at().isAfter(end)
        ? end
        : ballots.get(ballots.size() - 1).at();
  }

  /** The tally of each item by input id, in input order (see the class comment for counting). */
  public Map<String, Tally> tallies() {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      tallies.put(items.get(i).id(), rankingItems.get(i).tally());
    }
    return Collections.unmodifiableMap(tallies);
  }

  /** What ranking rules read: one item per dataset item, in input order. */
  public List<RankingItem> rankingItems() {
    return rankingItems;
  }

  /**
   * The context this dataset is ranked in by default: now is {@link #end()}, the settings are the
   * defaults with this dataset's vote mode and grade scale, and the seed is 0.
   */
  public RankingContext context() {
    return new RankingContext(
        end(),
        ConsultationSettings.defaults().withVoteMode(voteMode).withGradeCount(gradeCount),
        0L);
  }

  /** Ranks the items with {@code rule} in {@link #context()}. */
  public Ranking rank(RankingRule rule) {
    return rank(rule, context());
  }

  /** Ranks the items with {@code rule} in {@code context}. */
  public Ranking rank(RankingRule rule, RankingContext context) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(context, "context");
    return new Ranking(
        rule.name(), rule.version(), context.now(), rule.rank(rankingItems, context));
  }

  /** The input ids of a ranking of this dataset, in rank order. */
  public List<String> ids(Ranking ranking) {
    List<String> ids = new ArrayList<>(ranking.entries().size());
    for (RankingEntry entry : ranking.entries()) {
      ids.add(idOf(entry.contribution()));
    }
    return List.copyOf(ids);
  }

  /** The input id of one of this dataset's synthesised contribution ids. */
  public String idOf(ContributionId contribution) {
    UUID uuid = contribution.value();
    long n = uuid.getLeastSignificantBits();
    if (uuid.getMostSignificantBits() != MAGIC || n < 1 || n > items.size()) {
      throw new IllegalArgumentException("not a contribution of this dataset: " + contribution);
    }
    return items.get((int) n - 1).id();
  }

  /** The synthesised contribution id of the item with this input id. */
  public ContributionId contributionOf(String id) {
    Integer index = indexById.get(id);
    if (index == null) {
      throw new IllegalArgumentException("no item " + id);
    }
    return contributionIds.get(index);
  }

  /**
   * This dataset as it stood at {@code time}: the items submitted and the ballots cast until then
   * (inclusive). Items keep their ids, but references are given anew in input order.
   */
  public Dataset until(Instant time) {
    Builder builder = builder().voteMode(voteMode).gradeCount(gradeCount);
    items.stream().filter(i -> !i.submittedAt().isAfter(time)).forEach(builder::item);
    ballots.stream()
        .filter(
            b ->
                !b.at().isAfter(time)
                    && !items.get(indexById.get(b.item())).submittedAt().isAfter(time))
        .forEach(builder::ballot);
    return builder.build();
  }

  /** The number of items. */
  int size() {
    return items.size();
  }

  List<Counts> totals() {
    return items.stream().map(DatasetItem::counts).toList();
  }

  /** The ranking items for voters weighted by {@code voterWeights} and these totals. */
  List<RankingItem> rankingItems(int @Nullable [] voterWeights, List<Counts> totals) {
    List<Tally> tallies = recount.tallies(contributionIds, voterWeights, totals);
    List<RankingItem> result = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      DatasetItem item = items.get(i);
      result.add(
          new RankingItem(
              contributionIds.get(i),
              new Reference(i + 1L),
              item.kind(),
              themeId(item.theme()),
              null,
              item.submittedAt(),
              item.attendees(),
              tallies.get(i),
              item.comments()));
    }
    return List.copyOf(result);
  }

  /** The synthesised id of item {@code index} (from 0) of any dataset. */
  static ContributionId contributionId(int index) {
    return new ContributionId(new UUID(MAGIC, index + 1L));
  }

  static ThemeId themeId(@Nullable String theme) {
    return theme == null
        ? NO_THEME
        : new ThemeId(UUID.nameUUIDFromBytes(("theme:" + theme).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Collects items and ballots. Not thread-safe. Unless set, the vote mode is inferred from the
   * ballots and totals (grades: majority judgment; against or neutral: for/against; approvals only:
   * approval; else support), and the grade scale is the highest grade used plus one (at least 2),
   * or 6 without grades.
   */
  public static final class Builder {

    private final Map<String, DatasetItem> items = new LinkedHashMap<>();
    private final List<TimedBallot> ballots = new ArrayList<>();
    private @Nullable VoteMode voteMode;
    private int gradeCount;

    private Builder() {}

    /** Adds an item; throws {@link IllegalArgumentException} if its id is already taken. */
    public Builder item(DatasetItem item) {
      Objects.requireNonNull(item, "item");
      if (items.putIfAbsent(item.id(), item) != null) {
        throw new IllegalArgumentException("duplicate item id " + item.id());
      }
      return this;
    }

    /** Adds a ballot; its item must be added before {@link #build()}. */
    public Builder ballot(TimedBallot ballot) {
      ballots.add(Objects.requireNonNull(ballot, "ballot"));
      return this;
    }

    /** Adds a ballot of {@code voter} on {@code item} cast at {@code at}. */
    public Builder ballot(String voter, String item, Ballot ballot, Instant at) {
      return ballot(new TimedBallot(voter, item, ballot, at));
    }

    /** Sets the vote mode instead of inferring it. */
    public Builder voteMode(VoteMode mode) {
      this.voteMode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** Sets the number of grades of the majority-judgment scale, 2 to 10. */
    public Builder gradeCount(int grades) {
      if (grades < 2 || grades > Ballot.MAX_GRADES) {
        throw new IllegalArgumentException("a grade scale has 2 to 10 grades");
      }
      this.gradeCount = grades;
      return this;
    }

    /**
     * The dataset; throws {@link IllegalArgumentException} if a ballot names an unknown item or a
     * grade is beyond the scale.
     */
    public Dataset build() {
      int highestGrade = -1;
      boolean positions = false;
      boolean approvals = false;
      boolean others = false;
      for (TimedBallot b : ballots) {
        if (!items.containsKey(b.item())) {
          throw new IllegalArgumentException("a ballot on unknown item " + b.item());
        }
        int slot = Recount.slot(b.ballot());
        highestGrade = Math.max(highestGrade, slot - 3);
        positions |= b.ballot() instanceof Ballot.Position;
        approvals |= b.ballot() instanceof Ballot.Approval;
        others |= !(b.ballot() instanceof Ballot.Approval);
      }
      for (DatasetItem item : items.values()) {
        highestGrade = Math.max(highestGrade, item.counts().grades().size() - 1);
        positions |= item.counts().oppositions() + item.counts().neutrals() > 0;
      }
      int grades =
          gradeCount > 0 ? gradeCount : highestGrade < 0 ? 6 : Math.max(2, highestGrade + 1);
      if (highestGrade >= grades) {
        throw new IllegalArgumentException(
            "grade " + highestGrade + " is beyond a scale of " + grades + " grades");
      }
      VoteMode mode = voteMode;
      if (mode == null) {
        mode =
            highestGrade >= 0
                ? VoteMode.MAJORITY_JUDGMENT
                : positions
                    ? VoteMode.FOR_AGAINST
                    : approvals && !others ? VoteMode.APPROVAL : VoteMode.SUPPORT;
      }
      return new Dataset(List.copyOf(items.values()), ballots, mode, grades);
    }
  }
}
