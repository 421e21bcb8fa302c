/**
 * Documents built from a consultation, as immutable values with their renderings: the {@link
 * org.openconsultation.core.report.SynthesisReport} (Markdown and HTML) that cites every
 * contribution by its permalink reference, the {@link org.openconsultation.core.report.Homepage}
 * data (news briefs, timeline, key figures) and the weekly {@link
 * org.openconsultation.core.report.Digest} (plain text and HTML). The engine's {@code reports()}
 * builds them.
 *
 * <p>Renderings escape every text that comes from participants or organisers: HTML is well-formed
 * XHTML-compatible markup with no script and no style, and Markdown escapes the characters that
 * would otherwise turn text into markup. The fixed words are in French for French readers and in
 * English for everyone else.
 */
@NullMarked
package org.openconsultation.core.report;

import org.jspecify.annotations.NullMarked;
