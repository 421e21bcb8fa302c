package org.openconsultation.core.internal;

import org.openconsultation.core.Dashboard;

/** Computes the dashboard figures and charts. */
final class DashboardService implements Dashboard {

  private final EngineContext context;
  private final Guard guard;
  private final Visibility visibility;
  private final Results results;

  DashboardService(EngineContext context, Guard guard, Visibility visibility, Results results) {
    this.context = context;
    this.guard = guard;
    this.visibility = visibility;
    this.results = results;
  }
}
