package org.openconsultation.examples.seed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Stance;

/**
 * Comments and supports. Both go to contributions already submitted, in proportion to their appeal,
 * so that a few contributions draw most of them; nobody comments on or supports their own
 * contribution, and nobody supports the same one twice.
 */
final class Reactions {

  /** How many top-level comments are posted. */
  static final int COMMENTS = 450;

  /** How many replies are posted. */
  static final int REPLIES = 150;

  /** Supports per unit of zeal. */
  static final double BALLOTS_PER_ZEAL = 9.5;

  private static final int MAX_BALLOTS = 70;

  private final SplittableRandom rng;
  private final Activity activity;
  private final Writer writer;
  private final Members members;
  private final Draft[] drafts;
  private final long[] times;
  private final double[] cumulative;

  /** Reactions to {@code drafts}, which are sorted by time. */
  Reactions(
      SplittableRandom rng, Activity activity, Writer writer, Members members, List<Draft> drafts) {
    this.rng = rng;
    this.activity = activity;
    this.writer = writer;
    this.members = members;
    this.drafts = drafts.toArray(Draft[]::new);
    this.times = drafts.stream().mapToLong(d -> d.at().getEpochSecond()).toArray();
    this.cumulative = new double[this.drafts.length + 1];
    for (int i = 0; i < this.drafts.length; i++) {
      cumulative[i + 1] = cumulative[i] + this.drafts[i].appeal();
    }
  }

  /** Top-level comments with a stance or a question, then replies, some by the authors. */
  List<Step> comments() {
    List<Step> steps = new ArrayList<>();
    List<Note> top = new ArrayList<>();
    List<DemoPerson> everyone = members.all();
    while (top.size() < COMMENTS) {
      DemoPerson who = members.pick(rng, everyone);
      Instant t = time(who);
      @Nullable Draft target = t == null ? null : target(t, who, Set.of());
      if (t != null && target != null) {
        @Nullable Stance stance = rng.nextInt(100) < 20 ? null : stance();
        Note n = new Note(t, who, target, null, stance, writer.comment(stance, target.theme()));
        top.add(n);
        steps.add(new Step.Post(t, n));
      }
    }
    int replies = 0;
    while (replies < REPLIES) {
      Note parent = top.get(rng.nextInt(top.size()));
      Instant t = parent.at().plusSeconds(600 + (long) (-Math.log(1 - rng.nextDouble()) * 28800));
      DemoPerson author = parent.contribution().author();
      boolean byAuthor = rng.nextInt(100) < 35 && !author.equals(parent.author());
      DemoPerson who = byAuthor ? author : members.pick(rng, everyone);
      if (t.isBefore(Calendar.EARLY_CLOSE)
          && !who.equals(parent.author())
          && !t.isBefore(members.start(who))) {
        @Nullable Stance stance = rng.nextInt(100) < 80 ? null : stance();
        steps.add(
            new Step.Post(
                t,
                new Note(t, who, parent.contribution(), parent, stance, writer.reply(byAuthor))));
        replies++;
      }
    }
    return steps;
  }

  /** Each member supports a number of contributions that grows with their zeal. */
  List<Step> supports() {
    List<Step> steps = new ArrayList<>();
    for (DemoPerson voter : members.all()) {
      double scale = voter.kind() == ParticipantKind.PERSON ? 1 : 0.6;
      int count =
          (int) Math.min(MAX_BALLOTS, Math.round(scale * members.zeal(voter) * BALLOTS_PER_ZEAL));
      Set<Draft> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
      for (int k = 0; k < count; k++) {
        Instant t = time(voter);
        if (t == null) {
          continue;
        }
        @Nullable Draft target = target(t, voter, chosen);
        if (target != null) {
          chosen.add(target);
          steps.add(new Step.Support(t, voter, target));
        }
      }
    }
    return steps;
  }

  /**
   * A time for {@code who} to act: often in the two hours after registering during the open period,
   * otherwise weighted by the activity of the period; null if none is left.
   */
  private @Nullable Instant time(DemoPerson who) {
    Instant start = members.start(who);
    if (members.joined(who).isAfter(Calendar.OPENING) && rng.nextInt(100) < 45) {
      Instant soon = start.plusSeconds(60L * rng.nextInt(120));
      return soon.isBefore(Calendar.EARLY_CLOSE) ? soon : null;
    }
    return activity.sample(rng, start, Calendar.EARLY_CLOSE);
  }

  /**
   * A contribution submitted at least two minutes before {@code t}, drawn by appeal, not by {@code
   * who} and not in {@code taken}; null if none is found.
   */
  private @Nullable Draft target(Instant t, DemoPerson who, Set<Draft> taken) {
    int i = Arrays.binarySearch(times, t.getEpochSecond() - 120);
    int available = i >= 0 ? upper(i) : -i - 1;
    double mass = cumulative[available];
    if (mass <= 0) {
      return null;
    }
    for (int attempt = 0; attempt < 30; attempt++) {
      double u = rng.nextDouble() * mass;
      int j = Arrays.binarySearch(cumulative, 1, available + 1, u);
      int index = j >= 0 ? j : -j - 2;
      Draft d = drafts[Math.max(0, Math.min(available - 1, index))];
      if (d.appeal() > 0 && !d.author().equals(who) && !taken.contains(d)) {
        return d;
      }
    }
    return null;
  }

  /** The number of drafts submitted at or before {@code times[i]}. */
  private int upper(int i) {
    int k = i;
    while (k + 1 < times.length && times[k + 1] == times[i]) {
      k++;
    }
    return k + 1;
  }

  private Stance stance() {
    int r = rng.nextInt(100);
    if (r < 55) {
      return Stance.AGREE;
    }
    return r < 77 ? Stance.DISAGREE : Stance.NEUTRAL;
  }
}
