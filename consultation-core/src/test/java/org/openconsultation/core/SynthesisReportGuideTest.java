package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.PermalinkTemplate;
import org.openconsultation.core.model.RevisionReference;
import org.openconsultation.core.report.ConsultationSummary;
import org.openconsultation.core.report.Digest;
import org.openconsultation.core.report.Homepage;
import org.openconsultation.core.report.KeyFigures;
import org.openconsultation.core.report.NewsBrief;
import org.openconsultation.core.report.SynthesisReport;

/**
 * {@code docs/publishing/synthesis-and-digest.md} shows what the code produces on {@link
 * ReportScenario}, word for word, and quotes its Java snippets from this class. When the output
 * changes on purpose, the test writes the updated guide to {@code target/synthesis-and-digest.md}:
 * review it and copy it over the guide.
 */
class SynthesisReportGuideTest {

  private static final Path GUIDE = Path.of("..", "docs", "publishing", "synthesis-and-digest.md");
  private static final Path SOURCE =
      Path.of("src/test/java/org/openconsultation/core/SynthesisReportGuideTest.java");
  private static final Pattern SAMPLE =
      Pattern.compile(
          "<!-- sample:([a-z-]+) -->\n(`{3,})([a-z]*)\n(.*?)\\2\n<!-- /sample -->", Pattern.DOTALL);

  /** The samples of the guide, by name, computed on the scenario. */
  static Map<String, String> samples() {
    ReportScenario scenario = new ReportScenario();
    ConsultationEngine engine = scenario.engine;
    ConsultationId c = scenario.c;
    Map<String, String> samples = new LinkedHashMap<>();

    // synthesis:begin
    SynthesisReport synthesis = engine.reports().synthesis(Actor.visitor(), c);
    String markdown = synthesis.toMarkdown();
    String html = synthesis.toHtmlDocument(); // or toHtml() for a fragment
    // synthesis:end
    samples.put("synthesis-markdown", markdown);
    samples.put("synthesis-html-contribution", between(html, "<li id=\"C-1\"", "</li>\n"));
    samples.put(
        "synthesis-html-citations", between(html, "<section id=\"oc-citations\">", "</section>\n"));

    // digest:begin
    Instant lastMonday =
        LocalDateTime.of(2026, 3, 23, 0, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();
    Digest digest = engine.reports().digest(Actor.visitor(), c, lastMonday, 2);
    String text = digest.toText(); // the body of a plain-text email
    String email = digest.toHtmlDocument(); // or toHtml() to place it in the host's own layout
    // digest:end
    samples.put("digest-text", text);
    samples.put("digest-html", digest.toHtml());
    assertThat(email).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">");

    // homepage:begin
    Homepage home = engine.reports().homepage(Actor.visitor(), c, 2);
    ConsultationSummary about = home.consultation();
    StringBuilder page = new StringBuilder();
    page.append(about.title()).append(" — ").append(about.phase()).append('\n');
    page.append(about.opensAt()).append(" → ").append(about.closesAt()).append('\n');
    for (NewsBrief news : home.news()) {
      page.append("news ").append(news.publishedAt().toLocalDate()).append(' ');
      page.append(news.title()).append('\n');
    }
    for (Milestone step : home.timeline()) {
      page.append("step ").append(step.date()).append(' ').append(step.label());
      page.append(" [").append(step.status()).append("]\n");
    }
    KeyFigures figures = home.figures();
    page.append("participants ").append(figures.participants());
    page.append(", contributions ").append(figures.contributions());
    page.append(", comments ").append(figures.comments());
    page.append(", workshops ").append(figures.workshops());
    page.append(" (").append(figures.attendees()).append(" attendees)");
    page.append(", supports ").append(figures.supports()).append('\n');
    // homepage:end
    samples.put("homepage", page.toString());
    assertThat(figures.contributions(ContributionKind.COLLECTIVE)).isEqualTo(2);
    return samples;
  }

  @Test
  void aHostSetsItsPermalinkTemplateAndCitationsResolveToTheirRevision() {
    ReportScenario scenario = new ReportScenario();
    ConsultationId c = scenario.c;

    // permalinks:begin
    ConsultationEngine engine =
        ConsultationEngine.builder()
            .store(new InMemoryStore())
            .permalinks(
                PermalinkTemplate.of("https://participez.villeneuve.fr/c/{slug}/{reference}"))
            .build();
    // permalinks:end
    assertThat(engine).isNotNull();
    engine = scenario.engine;
    // resolve:begin
    ResolvedReference cited = engine.contributions().resolve(Actor.visitor(), c, "C-1.1");
    ResolvedReference now = engine.contributions().resolve(Actor.visitor(), c, "C-1");
    // cited.revision().title(): "Une piste protégée avenue Jean-Jaurès" (as first submitted)
    // now.revision().title(): "Une piste protégée et éclairée avenue Jean-Jaurès"
    // now.citation(): "C-1.2"
    // resolve:end

    assertThat(cited.revision().title()).isEqualTo("Une piste protégée avenue Jean-Jaurès");
    assertThat(cited.citation()).isEqualTo("C-1.1");
    assertThat(now.revision().title())
        .isEqualTo("Une piste protégée et éclairée avenue Jean-Jaurès");
    assertThat(now.citation()).isEqualTo("C-1.2");
    Consultation consultation = engine.consultations().get(Actor.visitor(), c);
    assertThat(ReportScenario.LINKS.link(consultation, RevisionReference.parse(now.citation())))
        .isEqualTo("https://participez.villeneuve.fr/c/plan-velo/C-1.2");
  }

  @Test
  void theSamplesOfTheGuideAreWhatTheCodeProduces() throws IOException {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    Map<String, String> samples = samples();
    String expected = withSamples(guide, samples);
    if (!expected.equals(guide)) {
      Path target = Path.of("target");
      if (Files.isDirectory(target)) {
        Files.writeString(target.resolve("synthesis-and-digest.md"), expected);
      }
    }

    assertThat(shown(guide).keySet()).containsExactlyInAnyOrderElementsOf(samples.keySet());
    assertThat(guide)
        .as("the guide's samples; the updated guide is in target/synthesis-and-digest.md")
        .isEqualTo(expected);
  }

  @Test
  void theSamplesAreTheSameOnEveryRun() {
    assertThat(samples()).isEqualTo(samples());
  }

  @Test
  void theGuideQuotesTheSnippetsOfThisClassVerbatim() throws IOException {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
    for (String marker : List.of("permalinks", "resolve", "synthesis", "digest", "homepage")) {
      assertThat(guide).as(marker).contains("```java\n" + snippet(lines, marker) + "\n```");
    }
  }

  /** The samples shown in the guide, by name. */
  private static Map<String, String> shown(String guide) {
    Map<String, String> shown = new LinkedHashMap<>();
    Matcher m = SAMPLE.matcher(guide);
    while (m.find()) {
      shown.put(m.group(1), m.group(4));
    }
    return shown;
  }

  /** The guide with each sample block holding the sample of its name. */
  private static String withSamples(String guide, Map<String, String> samples) {
    Matcher m = SAMPLE.matcher(guide);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String sample = samples.getOrDefault(m.group(1), "");
      String body = sample.endsWith("\n") ? sample : sample + "\n";
      String fence = m.group(2);
      assertThat(body).as("sample %s holds no fence", m.group(1)).doesNotContain(fence);
      String block =
          "<!-- sample:"
              + m.group(1)
              + " -->\n"
              + fence
              + m.group(3)
              + "\n"
              + body
              + fence
              + "\n<!-- /sample -->";
      m.appendReplacement(out, Matcher.quoteReplacement(block));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The text from {@code start} (included) to the first {@code end} after it (included). */
  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as(start).isNotNegative();
    int to = text.indexOf(end, from);
    assertThat(to).as(end).isPositive();
    return text.substring(from, to + end.length());
  }

  private static String snippet(List<String> lines, String marker) {
    int begin = index(lines, "// " + marker + ":begin");
    int end = index(lines, "// " + marker + ":end");
    assertThat(begin).as(marker).isNotNegative();
    assertThat(end).as(marker).isGreaterThan(begin);
    List<String> body = lines.subList(begin + 1, end);
    int indent =
        body.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return body.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n"));
  }

  private static int index(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    return -1;
  }
}
