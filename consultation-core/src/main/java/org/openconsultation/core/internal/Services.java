package org.openconsultation.core.internal;

import org.openconsultation.core.Comments;
import org.openconsultation.core.Consultations;
import org.openconsultation.core.Contributions;
import org.openconsultation.core.Dashboard;
import org.openconsultation.core.Exports;
import org.openconsultation.core.Imports;
import org.openconsultation.core.Milestones;
import org.openconsultation.core.Moderation;
import org.openconsultation.core.News;
import org.openconsultation.core.Participants;
import org.openconsultation.core.Rankings;
import org.openconsultation.core.Reports;
import org.openconsultation.core.Themes;
import org.openconsultation.core.Votes;
import org.openconsultation.core.Workshops;

/** The engine's feature services, wired once. */
public final class Services {

  private final Consultations consultations;
  private final Themes themes;
  private final News news;
  private final Milestones milestones;
  private final Participants participants;
  private final Contributions contributions;
  private final Workshops workshops;
  private final Comments comments;
  private final Votes votes;
  private final Moderation moderation;
  private final Rankings rankings;
  private final Exports exports;
  private final Imports imports;
  private final Dashboard dashboard;
  private final Reports reports;

  /** Wires every service on one context. */
  public Services(EngineContext context) {
    Guard guard = new Guard(context);
    Visibility visibility = new Visibility(context, guard);
    Results results = new Results(context, guard);
    this.consultations = new ConsultationService(context, guard);
    this.themes = new ThemeService(context, guard);
    this.news = new NewsService(context, guard);
    this.milestones = new MilestoneService(context, guard);
    this.participants = new ParticipantService(context, guard);
    this.contributions = new ContributionService(context, guard, visibility);
    this.workshops = new WorkshopService(context, guard);
    this.comments = new CommentService(context, guard, visibility);
    this.votes = new VoteService(context, guard, visibility, results);
    this.moderation = new ModerationService(context, guard, visibility);
    this.rankings = new RankingService(context, guard, results);
    this.exports = new ExportService(context, guard, visibility, results);
    this.imports = new ImportService(context, guard, visibility, results);
    this.dashboard = new DashboardService(context, guard, visibility, results);
    this.reports = new ReportService(context, guard, visibility, results);
  }

  /** Consultations. */
  public Consultations consultations() {
    return consultations;
  }

  /** Themes. */
  public Themes themes() {
    return themes;
  }

  /** News. */
  public News news() {
    return news;
  }

  /** Milestones. */
  public Milestones milestones() {
    return milestones;
  }

  /** Participants. */
  public Participants participants() {
    return participants;
  }

  /** Contributions. */
  public Contributions contributions() {
    return contributions;
  }

  /** Workshops. */
  public Workshops workshops() {
    return workshops;
  }

  /** Comments. */
  public Comments comments() {
    return comments;
  }

  /** Votes. */
  public Votes votes() {
    return votes;
  }

  /** Moderation. */
  public Moderation moderation() {
    return moderation;
  }

  /** Rankings. */
  public Rankings rankings() {
    return rankings;
  }

  /** Exports. */
  public Exports exports() {
    return exports;
  }

  /** Imports. */
  public Imports imports() {
    return imports;
  }

  /** The dashboard. */
  public Dashboard dashboard() {
    return dashboard;
  }

  /** Reports. */
  public Reports reports() {
    return reports;
  }
}
