package org.openconsultation.examples.seed;

import static org.openconsultation.examples.seed.Calendar.paris;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ParticipantId;

/**
 * Writes the whole consultation as a list of timed steps: who registers when, every contribution
 * with its author, theme, text and time, the workshops, the script around the hand-written
 * contributions, the comments, the supports, the news and the timeline. Everything is drawn from
 * one seeded random source, so the plan is the same on every run.
 */
final class Planner {

  static final long SEED = 20170310L;

  /** How many unnamed people register. */
  static final int CROWD = 245;

  /** How many contributions facilitators type in at their desks. */
  static final int ASSISTED = 20;

  private static final DemoTheme[] DESK_THEMES = {
    DemoTheme.RIGHTS, DemoTheme.RIGHTS, DemoTheme.RIGHTS, DemoTheme.VULNERABLE,
    DemoTheme.VULNERABLE, DemoTheme.VULNERABLE, DemoTheme.MEDIATION, DemoTheme.MEDIATION,
    DemoTheme.TOOLS, DemoTheme.TERRITORIES, DemoTheme.TRAINING
  };

  private final SplittableRandom rng = new SplittableRandom(SEED);
  private final Activity activity = new Activity(Activity.ACTING_SURGE);
  private final Activity joining = new Activity(Activity.JOINING_SURGE);
  private final Writer writer = new Writer(rng.split());
  private final Members members = new Members();
  private final List<DemoPerson> authors = new ArrayList<>();
  private final Map<DemoTheme, Deque<ThemeText.Idea>> ideas = new EnumMap<>(DemoTheme.class);
  private final List<Draft> drafts = new ArrayList<>();
  private final List<Step> steps = new ArrayList<>();

  /** What the seed does, in order, and the contributions a host may want to show. */
  record Plan(List<Step> steps, Draft hidden, Draft edited) {}

  /** Writes the plan; call once. */
  Plan plan() {
    enrol();
    for (DemoTheme t : DemoTheme.values()) {
      List<ThemeText.Idea> list = new ArrayList<>(t.text().ideas());
      Deck.shuffle(list, rng);
      ideas.put(t, new ArrayDeque<>(list));
    }
    Map<String, Draft> papers = new LinkedHashMap<>(Featured.papers());
    drafts.addAll(papers.values());
    workshops(papers);
    positionPapers();
    desks();
    individuals();
    drafts.sort(Comparator.comparing(Draft::at));
    List<Step> plan = new ArrayList<>(members.joins());
    drafts.forEach(d -> plan.add(new Step.Submit(d.at(), d)));
    plan.addAll(steps);
    Script script = new Script(papers);
    plan.addAll(script.steps());
    Reactions reactions = new Reactions(rng.split(), activity, writer, members, drafts);
    plan.addAll(reactions.comments());
    plan.addAll(reactions.supports());
    plan.add(Bulletins.announcement());
    plan.addAll(Bulletins.briefs());
    plan.addAll(Bulletins.marks());
    plan.add(new Step.Close(Calendar.EARLY_CLOSE, Bulletins.CLOSE_REASON));
    plan.sort(Comparator.comparing(Step::at));
    return new Plan(List.copyOf(plan), script.hidden(), script.edited());
  }

  /** Everyone registers: the named first, then facilitators, organisations and the crowd. */
  private void enrol() {
    Instant named = paris(2, 6, 9, 0);
    List<DemoPerson> first = new ArrayList<>(Cast.PERSONS);
    first.add(Institutions.CLES.person());
    first.add(Institutions.HAUT_VALLON.person());
    first.add(Institutions.CONNECTIS.person());
    for (DemoPerson p : first) {
      members.add(p, named, p.kind().isInstitution() ? 1.0 : 2.5);
      named = named.plusSeconds(23 * 60);
    }
    authors.addAll(Cast.PERSONS);
    Instant desks = paris(2, 6, 14, 0);
    for (Facilitator f : Facilitator.values()) {
      members.add(f.person(), desks, 0.6 * zeal());
      desks = desks.plusSeconds(17 * 60);
    }
    for (Institutions.Institution i : Institutions.ALL) {
      if (i != Institutions.CLES && i != Institutions.HAUT_VALLON && i != Institutions.CONNECTIS) {
        members.add(
            i.person(),
            joining(Calendar.PUBLISHED.plusSeconds(3600), Calendar.OPENING.plusSeconds(14 * 86400)),
            0.5 * zeal());
      }
    }
    Set<ParticipantId> taken = new HashSet<>();
    members.all().forEach(p -> taken.add(p.id()));
    taken.add(Featured.ADVERTISER.id());
    taken.add(Featured.HOTHEAD.id());
    for (DemoPerson p : Crowd.draw(rng, CROWD, taken)) {
      Instant at =
          joining(
              Calendar.PUBLISHED.plusSeconds(3600), Calendar.EARLY_CLOSE.minusSeconds(3 * 3600));
      members.add(p, at, rng.nextInt(100) < 15 ? 0 : zeal());
      authors.add(p);
    }
    members.add(Featured.ADVERTISER, paris(2, 20, 13, 41), 0);
    members.add(Featured.HOTHEAD, paris(2, 21, 22, 10), 0);
  }

  /** Each workshop is recorded the next morning, in its zone, then its contributions follow. */
  private void workshops(Map<String, Draft> papers) {
    List<Site> sites = new ArrayList<>(MainlandSites.ALL);
    sites.addAll(OverseasSites.ALL);
    Instant firstHold = Instant.MAX;
    Instant lastDraft = Instant.MIN;
    for (Site site : sites) {
      Instant hold =
          site.heldAt()
              .toLocalDate()
              .plusDays(1)
              .atTime(9, 30)
              .atZone(site.place().zone())
              .toInstant()
              .plusSeconds(60L * rng.nextInt(80));
      steps.add(new Step.Hold(hold, site));
      firstHold = hold.isBefore(firstHold) ? hold : firstHold;
      for (int i = 0; i < site.contributions(); i++) {
        Instant at = hold.plusSeconds(60L * (12 + 17 * i + rng.nextInt(15)));
        DemoTheme theme = site.themes().get(i % site.themes().size());
        Site.@Nullable Written minutes = i == 0 ? site.minutes() : null;
        Draft d;
        if (minutes != null) {
          d = collective(at, site, theme, minutes.title(), minutes.body(), null);
          papers.put("atelier-" + Slugs.slug(site.city()), d);
        } else {
          @Nullable Integer group =
              i == 0 ? null : 6 + rng.nextInt(Math.max(1, Math.min(10, site.attendees() - 6)));
          ThemeText.Idea idea = idea(theme);
          String body = writer.collective(site, theme, idea, group);
          d = collective(at, site, theme, idea.title(), body, group);
        }
        drafts.add(d);
        lastDraft = at.isAfter(lastDraft) ? at : lastDraft;
      }
    }
    steps.add(Bulletins.workshops(firstHold.plusSeconds(60), MilestoneStatus.IN_PROGRESS));
    steps.add(Bulletins.workshops(lastDraft.plusSeconds(60), MilestoneStatus.DONE));
  }

  /** Organisations write their position papers. */
  private void positionPapers() {
    for (Institutions.Institution i : Institutions.ALL) {
      for (int k = 0; k < i.papers(); k++) {
        DemoTheme theme = i.themes().get(k % i.themes().size());
        ThemeText.Idea idea = idea(theme);
        Instant at = time(i.person());
        String body = writer.institutional(i, theme, idea);
        drafts.add(
            new Draft(
                at,
                i.person(),
                theme,
                idea.title(),
                body,
                new Draft.Institutional(i.point()),
                0.9 * appeal()));
      }
    }
  }

  /** Facilitators type in what people who are not online tell them. */
  private void desks() {
    Deck<Facilitator> desks = new Deck<>(List.of(Facilitator.values()), rng);
    for (int k = 0; k < ASSISTED; k++) {
      Facilitator f = desks.draw();
      DemoTheme theme = DESK_THEMES[rng.nextInt(DESK_THEMES.length)];
      ThemeText.Idea idea = idea(theme);
      DemoPerson person = f.person();
      drafts.add(
          new Draft(
              time(person),
              person,
              theme,
              idea.title(),
              writer.assisted(f, idea),
              new Draft.Assisted(writer.onBehalf(), person.territory()),
              1.2 * appeal()));
    }
  }

  /** Individuals write every remaining proposal. */
  private void individuals() {
    for (DemoTheme theme : DemoTheme.values()) {
      Deque<ThemeText.Idea> left = ideas.get(theme);
      while (!left.isEmpty()) {
        ThemeText.Idea idea = left.poll();
        DemoPerson author = members.pick(rng, authors);
        String body = writer.individual(theme, idea);
        drafts.add(
            new Draft(
                time(author), author, theme, idea.title(), body, new Draft.Online(), appeal()));
      }
    }
  }

  /** The next proposal of {@code theme}, or of the theme with the most left if it has none. */
  private ThemeText.Idea idea(DemoTheme theme) {
    Deque<ThemeText.Idea> left = ideas.get(theme);
    if (left.isEmpty()) {
      left = ideas.values().stream().max(Comparator.comparingInt(Deque::size)).orElseThrow();
    }
    return left.poll();
  }

  private Draft collective(
      Instant at, Site site, DemoTheme theme, String title, String body, @Nullable Integer group) {
    return new Draft(
        at,
        site.facilitator().person(),
        theme,
        title,
        body,
        new Draft.Workshop(site, group),
        1.5 * appeal());
  }

  /**
   * A time for {@code person} to write: often in the hours after registering during the open
   * period, otherwise weighted by the activity of the period.
   */
  private Instant time(DemoPerson person) {
    Instant start = members.start(person);
    Instant end = Calendar.EARLY_CLOSE.minusSeconds(20 * 60);
    if (members.joined(person).isAfter(Calendar.OPENING) && rng.nextInt(100) < 55) {
      Instant soon = start.plusSeconds(60L * (3 + rng.nextInt(180)));
      if (soon.isBefore(end)) {
        return soon;
      }
    }
    return when(activity, start, end);
  }

  private Instant joining(Instant lo, Instant hi) {
    return when(joining, lo, hi);
  }

  private Instant when(Activity curve, Instant lo, Instant hi) {
    Instant t = curve.sample(rng, lo, hi);
    if (t == null) {
      throw new IllegalStateException("no time between " + lo + " and " + hi);
    }
    return t;
  }

  private double zeal() {
    return Math.exp(rng.nextGaussian());
  }

  private double appeal() {
    return Math.exp(1.3 * rng.nextGaussian());
  }
}
