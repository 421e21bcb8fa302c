package org.openconsultation.examples.portal.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What every request goes through first: security headers, the session, the language switch and,
 * for every POST, the form token. No page runs a script, so the policy allows none.
 */
final class Security {

  /** The form field that carries the session's token. */
  static final String CSRF_FIELD = "_csrf";

  static final String POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  private Security() {}

  /** Adds the before-handlers to {@code app}. */
  static void install(Javalin app, Site site) {
    app.before(Security::headers);
    app.before(
        ctx -> {
          if (ctx.path().equals("/health") || ctx.path().startsWith("/assets/")) {
            return;
          }
          Visit visit = Visit.begin(ctx, site);
          language(ctx, visit.session());
          if (ctx.method() == HandlerType.POST) {
            checkToken(token(ctx), visit.session().csrf());
          }
        });
  }

  private static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
    ctx.header("Cache-Control", "no-store");
  }

  private static void language(Context ctx, PortalSession session) {
    String lang = ctx.queryParam("lang");
    if ("en".equals(lang)) {
      session.locale(Locale.ENGLISH);
    } else if ("fr".equals(lang)) {
      session.locale(Locale.FRENCH);
    }
  }

  /** The form's token; reading it reads the form, which fails for an upload over the limit. */
  private static @Nullable String token(Context ctx) {
    try {
      return ctx.formParam(CSRF_FIELD);
    } catch (IllegalStateException tooLarge) {
      if (ctx.isMultipartFormData()) {
        throw new TooLarge();
      }
      throw tooLarge;
    }
  }

  private static void checkToken(@Nullable String sent, String expected) {
    if (sent == null
        || !MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      throw new RejectedForm();
    }
  }

  /** An upload over the size limit: refused before any handler runs. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("upload over the size limit", null, false, false);
    }
  }

  /** A POST without the session's form token: refused before any handler runs. */
  static final class RejectedForm extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RejectedForm() {
      super("form token missing or wrong", null, false, false);
    }
  }
}
