package org.openconsultation.core.internal;

import java.time.Instant;
import org.openconsultation.core.Reports;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.report.Digest;
import org.openconsultation.core.report.Homepage;
import org.openconsultation.core.report.SynthesisOptions;
import org.openconsultation.core.report.SynthesisReport;

/** Builds the synthesis report, the homepage data and the digest. */
final class ReportService implements Reports {

  private final SynthesisBuilder synthesis;
  private final HomepageBuilder homepage;
  private final DigestBuilder digest;

  ReportService(EngineContext context, Guard guard, Visibility visibility, Results results) {
    this.synthesis = new SynthesisBuilder(context, guard, results);
    this.homepage = new HomepageBuilder(context, guard, results);
    this.digest = new DigestBuilder(context, guard, results);
  }

  @Override
  public SynthesisReport synthesis(
      Actor actor, ConsultationId consultation, SynthesisOptions options) {
    return synthesis.build(actor, consultation, options);
  }

  @Override
  public Homepage homepage(Actor actor, ConsultationId consultation, int newsItems) {
    return homepage.build(actor, consultation, newsItems);
  }

  @Override
  public Digest digest(Actor actor, ConsultationId consultation, Instant since, int perSection) {
    return digest.build(actor, consultation, since, perSection);
  }
}
