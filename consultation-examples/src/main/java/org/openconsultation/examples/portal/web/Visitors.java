package org.openconsultation.examples.portal.web;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The visitors the dashboard's funnel starts from: the distinct sessions that viewed a page since
 * the portal started, counted in memory (a browser signing in keeps counting once). The engine does
 * not track visits; measuring them is the host's job, and a real portal would read the figure from
 * its own audience measurement over the period it chooses.
 */
final class Visitors {

  private final AtomicLong count = new AtomicLong();

  /** Counts the session if it had not viewed a page yet. */
  void viewed(PortalSession session) {
    if (session.markViewed()) {
      count.incrementAndGet();
    }
  }

  /** The distinct sessions that viewed a page so far. */
  long count() {
    return count.get();
  }
}
