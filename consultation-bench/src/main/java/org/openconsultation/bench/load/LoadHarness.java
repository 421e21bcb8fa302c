package org.openconsultation.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openconsultation.bench.Machine;
import org.openconsultation.jdbc.Dialect;

/**
 * The load harness: measures the engine on a JDBC store against raw JDBC doing the same work by
 * hand, in the same run and on the same pool, and writes every figure as JSON.
 *
 * <p>Phases: the vote path at each thread count (throughput, p50/p95/p99, ratio engine ÷ raw); on
 * PostgreSQL only, the bulk import of ballots against {@code COPY … FROM STDIN} and the streaming
 * export of contributions against {@code COPY … TO STDOUT}. Options: {@code --db
 * h2|postgresql|mariadb}, {@code --url} (or {@code OC_BENCH_URL}, user and password in {@code
 * OC_BENCH_USER} and {@code OC_BENCH_PASSWORD}), {@code --scale tiny|small|medium|large|<n>},
 * {@code --threads 1,4,16}, {@code --votes <per side>}, {@code --out <file>}, {@code --quick}.
 */
public final class LoadHarness {

  private LoadHarness() {}

  /** Runs the harness with the command line's options; prints where the results went. */
  public static void main(String[] args) throws Exception {
    Path file = run(args, System.getenv());
    System.out.println("Load harness results: " + file.toAbsolutePath());
  }

  /**
   * Runs the harness and writes the results file; returns its path. Every table it creates has the
   * prefix {@value Target#PREFIX} and is dropped at the end.
   */
  public static Path run(String[] args, Map<String, String> env) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    Path results =
        Path.of(
            quick
                ? System.getProperty("oc.bench.scratch", "target/bench-results")
                : System.getProperty("oc.bench.results", "bench-results"));
    LoadOptions options = LoadOptions.parse(args, env, results);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("harness", "load");
    report.put("started", Instant.now().toString());
    report.put("loadAverageAtStart", load());
    report.put("machine", Machine.current());
    report.put(
        "java",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    report.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    int poolSize = options.threads().stream().mapToInt(Integer::intValue).max().orElse(1) + 2;
    try (Target target =
        Target.open(
            options.db(),
            options.url(),
            env,
            Path.of(System.getProperty("java.io.tmpdir"), "oc-bench-load"),
            poolSize)) {
      report.put("database", target.version());
      report.put("dialect", target.dialect().name());
      report.put("url", target.url());
      Map<String, Object> settings = new LinkedHashMap<>();
      settings.put("contributions", options.contributions());
      settings.put("ballots", (long) options.contributions() * options.ballotsPerContribution());
      settings.put("threads", options.threads());
      settings.put("votesPerSide", options.votesPerSide());
      settings.put("poolSize", poolSize);
      settings.put("quick", options.quick());
      settings.put("tablePrefix", Target.PREFIX);
      report.put("settings", settings);
      World world = new World(target);
      World.Open big = world.open(options.contributions(), 0);
      long ballots =
          world.insertBallots(big.id(), big.contributions(), options.ballotsPerContribution());
      List<Object> votes = new ArrayList<>();
      VotePhase vote = new VotePhase(world, target, options.votesPerSide());
      for (int threads : options.threads()) {
        votes.add(vote.run(threads));
      }
      report.put("vote", votes);
      if (target.dialect() == Dialect.POSTGRESQL) {
        report.put("import", new ImportPhase(world, target).run(big.id(), ballots));
        report.put("export", new ExportPhase(world, target).run(big.id(), options.contributions()));
      } else {
        report.put("import", "not applicable: COPY is PostgreSQL's");
        report.put("export", "not applicable: COPY is PostgreSQL's");
      }
    }
    report.put("ended", Instant.now().toString());
    report.put("loadAverageAtEnd", load());
    Path out = options.out();
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
    return out;
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
