package org.openconsultation.examples.portal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Sessions kept in memory, bounded in number and idle time; the cookie holds a random id only and
 * is HttpOnly and SameSite=Lax (and Secure when the request came over HTTPS).
 */
final class Sessions {

  static final String COOKIE = "oc_session";
  private static final Duration IDLE = Duration.ofHours(2);

  private final SecureRandom random = new SecureRandom();
  private final Cache<String, PortalSession> sessions =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterAccess(IDLE).build();

  /** The request's session, created (with its cookie) when there is none yet. */
  PortalSession of(Context ctx) {
    String id = ctx.cookie(COOKIE);
    if (id != null) {
      @Nullable PortalSession known = sessions.getIfPresent(id);
      if (known != null) {
        return known;
      }
    }
    return create(ctx);
  }

  /**
   * Replaces the session with a new one, of new id and token, in the same language and counted as
   * the same visitor: done at sign-in and sign-out, so that an id known before cannot act as the
   * person after.
   */
  PortalSession renew(Context ctx, PortalSession old) {
    sessions.invalidate(old.id());
    PortalSession fresh = create(ctx);
    fresh.locale(old.locale());
    if (old.viewed()) {
      fresh.markViewed();
    }
    return fresh;
  }

  private PortalSession create(Context ctx) {
    PortalSession fresh = new PortalSession(token(), token());
    sessions.put(fresh.id(), fresh);
    String secure = "https".equals(ctx.scheme()) ? "; Secure" : "";
    ctx.res()
        .addHeader(
            "Set-Cookie",
            COOKIE
                + "="
                + fresh.id()
                + "; Path=/; Max-Age="
                + IDLE.toSeconds()
                + "; HttpOnly; SameSite=Lax"
                + secure);
    return fresh;
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
