package org.openconsultation.examples.portal.web;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ParticipantId;

/**
 * One browser's state on the server: its form token, who signed in, its language and a notice to
 * show once. The browser holds only the session's random id, in an HttpOnly cookie.
 */
final class PortalSession {

  private final String id;
  private final String csrf;
  private volatile @Nullable ParticipantId person;
  private volatile Locale locale = Locale.FRENCH;
  private volatile @Nullable String notice;
  private final AtomicBoolean viewed = new AtomicBoolean();

  PortalSession(String id, String csrf) {
    this.id = id;
    this.csrf = csrf;
  }

  String id() {
    return id;
  }

  String csrf() {
    return csrf;
  }

  @Nullable ParticipantId person() {
    return person;
  }

  void person(@Nullable ParticipantId value) {
    person = value;
  }

  Locale locale() {
    return locale;
  }

  void locale(Locale value) {
    locale = value;
  }

  /** Marks the session as having viewed a page; true the first time only. */
  boolean markViewed() {
    return viewed.compareAndSet(false, true);
  }

  /** Whether the session viewed a page. */
  boolean viewed() {
    return viewed.get();
  }

  /** Leaves a notice for the next page. */
  void notice(String value) {
    notice = value;
  }

  /** The notice, removed. */
  @Nullable String takeNotice() {
    String value = notice;
    notice = null;
    return value;
  }
}
