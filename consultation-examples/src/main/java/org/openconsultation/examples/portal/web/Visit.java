package org.openconsultation.examples.portal.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.examples.portal.Portal;
import org.openconsultation.examples.portal.view.Page;
import org.openconsultation.examples.portal.view.Texts;
import org.openconsultation.examples.seed.DemoPerson;

/**
 * One request as the handlers see it: its session, who acts, the texts of its language and the
 * consultation of its path. Made by a before-handler and kept in the request.
 */
final class Visit {

  private static final String KEY = "oc.visit";

  private final Context ctx;
  private final Site site;
  private PortalSession session;
  private @Nullable DemoPerson person;
  private @Nullable Consultation consultation;

  private Visit(Context ctx, Site site, PortalSession session) {
    this.ctx = ctx;
    this.site = site;
    this.session = session;
    this.person = site.signIn().person(session.person()).orElse(null);
  }

  /** Starts the visit of a request: finds or creates its session. */
  static Visit begin(Context ctx, Site site) {
    Visit visit = new Visit(ctx, site, site.sessions().of(ctx));
    ctx.attribute(KEY, visit);
    return visit;
  }

  /** The visit of a request, started if a before-handler did not. */
  static Visit of(Context ctx, Site site) {
    Visit visit = ctx.attribute(KEY);
    return visit != null ? visit : begin(ctx, site);
  }

  Context ctx() {
    return ctx;
  }

  Site site() {
    return site;
  }

  ConsultationEngine engine() {
    return site.engine();
  }

  PortalSession session() {
    return session;
  }

  /** Signs a person in or out, in a new session. */
  void switchPerson(@Nullable DemoPerson next) {
    session = site.sessions().renew(ctx, session);
    session.person(next == null ? null : next.id());
    person = next;
  }

  @Nullable DemoPerson person() {
    return person;
  }

  Texts texts() {
    return Texts.of(session.locale());
  }

  /** The request's form fields and query parameters. */
  Forms forms() {
    return new Forms(ctx, texts());
  }

  /** Who acts in this request, reading the page's language. */
  Actor actor() {
    return site.signIn().actor(person, texts().locale());
  }

  /** The consultation of the path's slug, or the demo's on pages outside one. */
  Consultation consultation() {
    if (consultation == null) {
      String slug = ctx.pathParamMap().getOrDefault("slug", site.demo().slug());
      consultation = engine().consultations().getBySlug(actor(), slug);
    }
    return consultation;
  }

  /** Where a contribution lives, as the engine's permalinks say. */
  String permalink(Contribution contribution) {
    return Portal.PERMALINKS.link(consultation(), contribution.reference());
  }

  /**
   * A page frame for an error page: on the path's consultation, or on the demo's when the path's
   * cannot be read.
   */
  Page errorPage(String title) {
    try {
      consultation();
    } catch (RuntimeException e) {
      consultation = engine().consultations().get(actor(), site.demo().consultation());
    }
    return page(title, "");
  }

  /** A page frame with its title and navigation section. */
  Page page(String title, String section) {
    Consultation c = consultation();
    Page.Chrome chrome =
        new Page.Chrome(
            session.csrf(),
            person,
            c,
            engine().consultations().phase(c.id()),
            session.takeNotice(),
            languageHref());
    return new Page(texts(), title, section, chrome);
  }

  /** Renders a page template with its frame and model; the session counts as a visitor. */
  void render(String template, Page page, Object view) {
    site.visitors().viewed(session);
    ctx.html(site.renderer().page(template, page, view));
  }

  /** After a successful form: leaves a notice and sends the browser to {@code location}. */
  void done(String noticeKey, String location, Object... args) {
    session.notice(texts().get(noticeKey, args));
    ctx.redirect(location, HttpStatus.SEE_OTHER);
  }

  private String languageHref() {
    String other = texts().locale().getLanguage().equals("en") ? "fr" : "en";
    Map<String, List<String>> query = ctx.queryParamMap();
    String kept =
        query.entrySet().stream()
            .filter(e -> !e.getKey().equals("lang"))
            .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
            .collect(Collectors.joining("&"));
    return ctx.path() + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + other;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
