package org.openconsultation.examples.portal.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.RankingQuery;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.ranking.MostRecentRule;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingEntry;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.examples.portal.view.ContributionsView;
import org.openconsultation.examples.portal.view.Texts;

/**
 * The contributions list: filtered by theme, kind and territory, ranked by the rule chosen (the
 * consultation's default otherwise), each rule explained in the page's language.
 */
final class RankingList {

  private final Site site;

  RankingList(Site site) {
    this.site = site;
  }

  void show(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Forms forms = visit.forms();
    Consultation c = visit.consultation();
    Actor actor = visit.actor();
    @Nullable ThemeId theme = forms.parsed(forms.query("theme"), "theme", Forms.id(ThemeId::new));
    @Nullable ContributionKind kind =
        forms.parsed(forms.query("kind"), "kind", Forms.constant(ContributionKind.class));
    @Nullable String territory = forms.query("territory");
    List<ContributionsView.Rule> rules = rules(visit.texts(), c.settings().voteMode());
    String wanted = forms.query("rule");
    ContributionsView.Rule rule =
        rules.stream()
            .filter(
                r -> r.name().equals(wanted == null ? c.settings().defaultRankingRule() : wanted))
            .findFirst()
            .orElse(rules.get(0));
    RankingQuery query = RankingQuery.of(c.id()).theme(theme).kind(kind).territory(territory);
    boolean hidden = false;
    Ranking ranking;
    try {
      ranking = visit.engine().rankings().rank(actor, query.rule(rule.name()));
    } catch (ForbiddenException resultsHidden) {
      hidden = true;
      rule = describe(visit.texts(), MostRecentRule.NAME, "");
      ranking = visit.engine().rankings().rank(actor, query.rule(MostRecentRule.NAME));
    }
    List<Contribution> published =
        visit.engine().contributions().list(actor, c.id(), ContributionFilter.published());
    Map<ContributionId, Contribution> byId = index(published, Contribution::id);
    List<Theme> themes = visit.engine().themes().list(actor, c.id());
    Map<ThemeId, Theme> themeById = index(themes, Theme::id);
    Names names = new Names(visit);
    List<ContributionsView.Row> rows = new ArrayList<>();
    for (RankingEntry e : ranking.entries()) {
      Contribution x = byId.get(e.contribution());
      if (x != null) {
        Theme t = themeById.get(x.themeId());
        rows.add(
            new ContributionsView.Row(
                e.rank(), x, t == null ? "" : t.title(), names.author(x), e.explanation()));
      }
    }
    TreeSet<String> territories = new TreeSet<>();
    published.stream()
        .map(Contribution::territory)
        .filter(t -> t != null)
        .forEach(territories::add);
    ContributionsView view =
        new ContributionsView(
            theme == null ? null : theme.toString(),
            kind == null ? null : kind.name(),
            territory,
            themes,
            List.copyOf(territories),
            rules,
            rule,
            hidden,
            rows);
    visit.render(
        "contributions.jte",
        visit.page(visit.texts().get("contributions.title"), "contributions"),
        view);
  }

  /** The rules that make sense for a vote mode, labelled and explained. */
  private List<ContributionsView.Rule> rules(Texts texts, VoteMode mode) {
    boolean judged = mode == VoteMode.MAJORITY_JUDGMENT;
    List<ContributionsView.Rule> out = new ArrayList<>();
    for (RankingRule r : site.engine().rankings().rules().all()) {
      boolean judgment = r.name().endsWith("-judgment");
      boolean neutral = !r.readsBallots() || r.name().equals("most-commented");
      boolean duplicate = out.stream().anyMatch(o -> o.name().equals(r.name()));
      if (!duplicate && (neutral || judgment == judged)) {
        out.add(describe(texts, r.name(), r.description()));
      }
    }
    return out;
  }

  private static ContributionsView.Rule describe(Texts texts, String name, String fallback) {
    String label = texts.has("rule." + name) ? texts.get("rule." + name) : name;
    String explanation =
        texts.has("rule." + name + ".explanation")
            ? texts.get("rule." + name + ".explanation")
            : fallback;
    return new ContributionsView.Rule(name, label, explanation);
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    return values.stream().collect(Collectors.toMap(key, v -> v, (a, b) -> a));
  }
}
