package org.openconsultation.examples.portal.web;

import java.time.Clock;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.examples.portal.SeededConsultation;
import org.openconsultation.examples.portal.identity.DemoSignIn;

/**
 * What every handler shares: the engine and its clock, the seeded consultation, the sign-in, the
 * sessions, the visitors counted and the templates.
 */
record Site(
    ConsultationEngine engine,
    Clock clock,
    SeededConsultation demo,
    DemoSignIn signIn,
    Sessions sessions,
    Visitors visitors,
    Renderer renderer) {}
