package org.openconsultation.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness runs end to end at a tiny size and writes every figure: on H2 always, on PostgreSQL
 * and MariaDB when {@code OC_TEST_POSTGRES_URL} and {@code OC_TEST_MARIADB_URL} are set.
 */
class LoadHarnessTest {

  @Test
  void onH2TheHarnessWritesEveryVoteFigureAndSaysCopyIsNotApplicable(@TempDir Path dir)
      throws Exception {
    JsonNode report = run("h2", null, dir, Map.of());

    assertVoteFigures(report);
    assertThat(report.get("import").asText()).startsWith("not applicable");
    assertThat(report.get("export").asText()).startsWith("not applicable");
  }

  @Test
  void onPostgresTheHarnessAlsoMeasuresImportAndExportAgainstCopy(@TempDir Path dir)
      throws Exception {
    String url = System.getenv("OC_TEST_POSTGRES_URL");
    assumeTrue(url != null, "OC_TEST_POSTGRES_URL is not set: PostgreSQL run skipped");
    JsonNode report = run("postgresql", url, dir, credentials("POSTGRES"));

    assertVoteFigures(report);
    JsonNode imports = report.get("import");
    assertThat(imports.get("ballotsImportedByEngine").asLong())
        .isEqualTo(report.get("settings").get("ballots").asLong());
    assertThat(imports.get("ratio").asDouble()).isPositive();
    JsonNode export = report.get("export");
    assertThat(export.get("engine").get("bytes").asLong()).isPositive();
    assertThat(export.get("raw").get("rowsPerSecond").asDouble()).isPositive();
    assertThat(export.get("ratio").asDouble()).isPositive();
  }

  @Test
  void onMariaDbTheHarnessWritesEveryVoteFigure(@TempDir Path dir) throws Exception {
    String url = System.getenv("OC_TEST_MARIADB_URL");
    assumeTrue(url != null, "OC_TEST_MARIADB_URL is not set: MariaDB run skipped");
    JsonNode report = run("mariadb", url, dir, credentials("MARIADB"));

    assertVoteFigures(report);
  }

  private static JsonNode run(String db, String url, Path dir, Map<String, String> env)
      throws Exception {
    Path out = dir.resolve("load.json");
    String[] args =
        url == null
            ? new String[] {
              "--db", db, "--scale", "tiny", "--threads", "1,4", "--votes", "64", "--out", "" + out
            }
            : new String[] {
              "--db",
              db,
              "--url",
              url,
              "--scale",
              "tiny",
              "--threads",
              "1,4",
              "--votes",
              "64",
              "--out",
              "" + out
            };
    Path written = LoadHarness.run(args, env);
    assertThat(written).isEqualTo(out);
    return new ObjectMapper().readTree(out.toFile());
  }

  private static Map<String, String> credentials(String db) {
    Map<String, String> env = new HashMap<>();
    String user = System.getenv("OC_TEST_" + db + "_USER");
    String password = System.getenv("OC_TEST_" + db + "_PASSWORD");
    if (user != null) {
      env.put("OC_BENCH_USER", user);
    }
    if (password != null) {
      env.put("OC_BENCH_PASSWORD", password);
    }
    return env;
  }

  private static void assertVoteFigures(JsonNode report) {
    assertThat(report.get("machine").get("cores").asInt()).isPositive();
    assertThat(report.get("database").asText()).isNotBlank();
    assertThat(report.get("settings").get("contributions").asInt()).isEqualTo(200);
    JsonNode votes = report.get("vote");
    assertThat(votes).hasSize(2);
    for (JsonNode vote : votes) {
      assertThat(vote.get("votesPerSide").asInt()).isEqualTo(64);
      for (String side : new String[] {"engine", "raw"}) {
        JsonNode figures = vote.get(side);
        assertThat(figures.get("operations").asInt()).isEqualTo(64);
        assertThat(figures.get("throughputPerSecond").asDouble()).isPositive();
        assertThat(figures.get("p50Micros").asDouble()).isPositive();
        assertThat(figures.get("p95Micros").asDouble())
            .isGreaterThanOrEqualTo(figures.get("p50Micros").asDouble());
        assertThat(figures.get("p99Micros").asDouble())
            .isGreaterThanOrEqualTo(figures.get("p95Micros").asDouble());
      }
      assertThat(vote.get("ratio").asDouble()).isPositive();
    }
  }
}
