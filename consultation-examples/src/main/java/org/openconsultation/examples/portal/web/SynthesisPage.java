package org.openconsultation.examples.portal.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.PhaseException;
import org.openconsultation.core.report.SynthesisReport;
import org.openconsultation.examples.portal.view.SynthesisView;

/**
 * The synthesis report: the engine's HTML fragment inside the portal's layout, and the same report
 * as Markdown to download. While results are hidden from the reader the page says so instead.
 */
final class SynthesisPage {

  private final Site site;

  SynthesisPage(Site site) {
    this.site = site;
  }

  void show(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Consultation c = visit.consultation();
    String name = c.slug() + "-synthesis.md";
    String markdown = "/c/" + c.slug() + "/synthesis.md";
    @Nullable String html = null;
    @Nullable String refusal = null;
    try {
      html = visit.engine().reports().synthesis(visit.actor(), c.id()).toHtml();
    } catch (PhaseException resultsHidden) {
      refusal = resultsHidden.getMessage();
    }
    visit.render(
        "synthesis.jte",
        visit.page(visit.texts().get("synthesis.title"), "synthesis"),
        new SynthesisView(html, refusal, markdown, name));
  }

  void markdown(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Consultation c = visit.consultation();
    SynthesisReport report = visit.engine().reports().synthesis(visit.actor(), c.id());
    byte[] text = report.toMarkdown().getBytes(StandardCharsets.UTF_8);
    Download.send(ctx, Download.MARKDOWN, c.slug() + "-synthesis.md", out -> out.write(text));
  }
}
