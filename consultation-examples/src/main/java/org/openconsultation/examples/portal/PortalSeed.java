package org.openconsultation.examples.portal;

import org.openconsultation.core.ConsultationEngine;

/** Fills a new, empty database with the demo consultation through the engine's public API. */
@FunctionalInterface
public interface PortalSeed {

  /**
   * Creates the consultation and everything that happened in it. The engine reads {@code clock};
   * the seed moves it with {@link PortalClock#set} as its story goes on.
   */
  SeededConsultation seed(ConsultationEngine engine, PortalClock clock);
}
