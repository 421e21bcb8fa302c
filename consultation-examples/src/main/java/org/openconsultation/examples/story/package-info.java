/**
 * The demo: the story of a fictional 2017 national consultation on digital inclusion, told in
 * French on the console while it drives a {@link org.openconsultation.core.ConsultationEngine} on
 * the in-memory store. {@link org.openconsultation.examples.story.ConsultationStory} runs it; the
 * texts and the vote script are data, in their own classes.
 */
@NullMarked
package org.openconsultation.examples.story;

import org.jspecify.annotations.NullMarked;
