package org.openconsultation.examples.portal.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.openconsultation.examples.portal.view.Page;

/**
 * Renders the precompiled JTE templates of {@code src/main/jte}: HTML, every value escaped, except
 * the markup the engine writes already escaped (the charts' SVG and data tables, the synthesis
 * report's fragment), which templates print with {@code $unsafe}.
 */
final class Renderer {

  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders a page template taking {@code page} and {@code view}. */
  String page(String template, Page page, Object view) {
    return render(template, Map.of("page", page, "view", view));
  }

  /** Renders any template with its parameters by name. */
  String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    templates.render(template, params, out);
    return out.toString();
  }
}
