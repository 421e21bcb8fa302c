/**
 * Seed data for demonstrations: {@link org.openconsultation.examples.seed.DemoSeed} fills any
 * {@link org.openconsultation.core.ConsultationEngine} with a realistic, fictional 2017 national
 * consultation on digital inclusion, in French — about 300 participants, 200 contributions of the
 * three kinds, 26 workshops in mainland France and overseas, comments, supports, reports, a hidden
 * contribution, news and a public timeline — through the engine's public API only, the same way on
 * every run. The texts are data, in their own classes, one per theme.
 */
@NullMarked
package org.openconsultation.examples.seed;

import org.jspecify.annotations.NullMarked;
