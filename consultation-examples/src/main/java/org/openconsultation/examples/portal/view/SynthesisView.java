package org.openconsultation.examples.portal.view;

import org.jspecify.annotations.Nullable;

/**
 * The synthesis page: the engine's report as an HTML fragment and its Markdown download, or why it
 * cannot be shown yet.
 *
 * @param html the report, an {@code <article>} whose texts the engine escaped; null when refused
 * @param refusal the engine's reason for refusing it (results hidden until close), or null
 * @param markdown where to download the report as Markdown
 * @param markdownName the Markdown file's name
 */
public record SynthesisView(
    @Nullable String html, @Nullable String refusal, String markdown, String markdownName) {}
