package org.openconsultation.core.internal;

import org.openconsultation.core.Reports;

/** Builds the synthesis report, the homepage data and the digest. */
final class ReportService implements Reports {

  private final EngineContext context;
  private final Guard guard;
  private final Visibility visibility;
  private final Results results;

  ReportService(EngineContext context, Guard guard, Visibility visibility, Results results) {
    this.context = context;
    this.guard = guard;
    this.visibility = visibility;
    this.results = results;
  }
}
