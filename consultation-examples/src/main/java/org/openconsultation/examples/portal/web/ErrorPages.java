package org.openconsultation.examples.portal.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationException;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.StorageException;
import org.openconsultation.core.model.Violation;
import org.openconsultation.examples.portal.view.ErrorView;
import org.openconsultation.examples.portal.view.Page;
import org.openconsultation.examples.portal.view.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failures as friendly pages: the engine's refusals with their localised message and status (not
 * found 404, forbidden 403, conflict 409, invalid input, wrong phase or limit reached 422, storage
 * 503), a wrong form token 403, an upload over the size limit 413, an unknown address 404, anything
 * else 500 without a stack trace (logged instead). A download that failed after its first byte gets
 * no page: its connection is already cut.
 */
final class ErrorPages {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
  private static final String RENDERED = "oc.error-rendered";

  private ErrorPages() {}

  /** Adds the exception and error handlers to {@code app}. */
  static void install(Javalin app, Site site) {
    app.exception(
        ConsultationException.class,
        (e, ctx) -> {
          List<Violation> violations =
              e instanceof InvalidInputException invalid ? invalid.violations() : List.of();
          show(ctx, site, status(e), e.getMessage(), violations);
        });
    app.exception(
        Security.RejectedForm.class,
        (e, ctx) -> show(ctx, site, 403, texts(ctx, site).get("error.csrf"), List.of()));
    app.exception(
        Security.TooLarge.class,
        (e, ctx) -> show(ctx, site, 413, texts(ctx, site).get("error.too-large"), List.of()));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
          show(ctx, site, 500, texts(ctx, site).get("error.unexpected"), List.of());
        });
    app.error(
        404,
        ctx -> {
          if (ctx.attribute(RENDERED) == null) {
            show(ctx, site, 404, texts(ctx, site).get("error.no-page"), List.of());
          }
        });
  }

  /** The status for an engine failure. */
  static int status(ConsultationException e) {
    if (e instanceof NotFoundException) {
      return 404;
    } else if (e instanceof ForbiddenException) {
      return 403;
    } else if (e instanceof ConflictException) {
      return 409;
    } else if (e instanceof StorageException) {
      return 503;
    }
    return 422;
  }

  private static void show(
      Context ctx, Site site, int status, String message, List<Violation> violations) {
    if (Download.started(ctx)) {
      return;
    }
    ctx.attribute(RENDERED, Boolean.TRUE);
    ctx.status(status);
    Texts texts = texts(ctx, site);
    ErrorView view = new ErrorView(status, message, violations);
    try {
      Visit visit = Visit.of(ctx, site);
      Page page = visit.errorPage(texts.get("error.title." + status));
      visit.render("error.jte", page, view);
    } catch (RuntimeException pageFailed) {
      // The frame itself failed (the consultation is gone, the database is down): plain text.
      LOG.warn("Error page without its frame: {}", pageFailed.toString());
      ctx.contentType("text/plain; charset=utf-8");
      ctx.result(status + " " + texts.get("error.title." + status) + "\n" + message);
    }
  }

  private static Texts texts(Context ctx, Site site) {
    try {
      return Visit.of(ctx, site).texts();
    } catch (RuntimeException e) {
      return Texts.of(Texts.FRENCH);
    }
  }
}
