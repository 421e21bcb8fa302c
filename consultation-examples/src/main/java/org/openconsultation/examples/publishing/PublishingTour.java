package org.openconsultation.examples.publishing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.IdGenerator;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.Pseudonyms;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.PermalinkTemplate;
import org.openconsultation.examples.seed.DemoConsultation;
import org.openconsultation.examples.seed.DemoSeed;
import org.openconsultation.examples.story.StoryClock;

/**
 * The publishing guide's tour: seeds the demo consultation ({@link DemoSeed}) on an in-memory
 * engine and writes into a directory every export of it (CSV, XLSX, JSON, JSON Lines, GeoJSON, the
 * open-data package and a backup restored on another engine), its synthesis report, homepage data
 * and weekly digest, and its dashboard charts; then records two workshops from a filled-in
 * template. It prints each file it writes.
 *
 * <p>Every run writes the same content: the engine's ids come from a counter, the demo's clock is
 * its own, and participants' pseudonyms are made under a fixed secret. A host keeps the default
 * ({@link ExportOptions#defaults()}: a fresh secret for each export) or its own secret, kept out of
 * its code.
 */
public final class PublishingTour {

  /** The public address of the demo's host. */
  static final String SITE = "https://participez.numerique-solidaire.example";

  private static final byte[] SECRET =
      "publishing-guide-demo-secret-32b".getBytes(StandardCharsets.US_ASCII);

  private PublishingTour() {}

  /**
   * Runs the tour and prints what it wrote.
   *
   * @param args the directory to write into, {@code target/publishing-tour} by default
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/publishing-tour");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(dir, out::println);
    out.println("Done: " + dir.toAbsolutePath());
  }

  /**
   * Runs the tour into {@code dir} (created if needed; files of the same names are replaced).
   *
   * @param dir where to write
   * @param report told one line per file written, in order
   * @throws IOException if a file cannot be written
   */
  public static void run(Path dir, Consumer<String> report) throws IOException {
    Files.createDirectories(dir);
    StoryClock clock = DemoSeed.clock();
    // publishing:engine:begin
    PermalinkTemplate permalinks = PermalinkTemplate.of(SITE + "/c/{slug}/{reference}");
    ConsultationEngine engine =
        ConsultationEngine.builder()
            .store(new InMemoryStore())
            .clock(clock)
            .ids(counter(0x0001))
            .permalinks(permalinks)
            .build();
    DemoConsultation demo = DemoSeed.seed(engine, clock);
    // publishing:engine:end
    // publishing:options:begin
    ExportOptions options =
        ExportOptions.defaults()
            .withPseudonyms(Pseudonyms.keyed(SECRET))
            .withSource(SITE + "/c/" + demo.slug());
    // publishing:options:end
    Tour tour = new Tour(engine, demo, permalinks, options, dir, report);
    ExportTour exports = new ExportTour(tour);
    exports.readers();
    exports.csv();
    exports.xlsx();
    exports.json();
    exports.geoJson();
    exports.openData();
    ReportTour reports = new ReportTour(tour);
    reports.permalinks();
    reports.synthesis();
    reports.homepage();
    reports.digest();
    reports.dashboard();
    ConsultationEngine other =
        ConsultationEngine.builder()
            .store(new InMemoryStore())
            .clock(clock)
            .ids(counter(0x0002))
            .permalinks(permalinks)
            .build();
    RestoreTour restore = new RestoreTour(tour, other);
    restore.roundTrip();
    // Last: the workshops it records would show in the files above.
    restore.workshops();
  }

  /** Ids from a counter, under a prefix of their own, so that every run makes the same ones. */
  private static IdGenerator counter(long prefix) {
    AtomicLong next = new AtomicLong();
    return () ->
        new UUID(
            0x015a_0000_0000_7000L | prefix << 16, 0x8000_0000_0000_0000L | next.incrementAndGet());
  }
}
