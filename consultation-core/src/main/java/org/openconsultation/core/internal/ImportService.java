package org.openconsultation.core.internal;

import org.openconsultation.core.Imports;

/** Reads exports and the workshop template back. */
final class ImportService implements Imports {

  private final EngineContext context;
  private final Guard guard;
  private final Visibility visibility;
  private final Results results;

  ImportService(EngineContext context, Guard guard, Visibility visibility, Results results) {
    this.context = context;
    this.guard = guard;
    this.visibility = visibility;
    this.results = results;
  }
}
