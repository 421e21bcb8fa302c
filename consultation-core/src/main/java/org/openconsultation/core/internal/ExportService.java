package org.openconsultation.core.internal;

import org.openconsultation.core.Exports;

/** Streams the exports. */
final class ExportService implements Exports {

  private final EngineContext context;
  private final Guard guard;
  private final Visibility visibility;
  private final Results results;

  ExportService(EngineContext context, Guard guard, Visibility visibility, Results results) {
    this.context = context;
    this.guard = guard;
    this.visibility = visibility;
    this.results = results;
  }
}
