package org.openconsultation.examples.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openconsultation.core.ranking.SupportCountRule;
import org.openconsultation.core.research.Dataset;
import org.openconsultation.core.research.PolisExport;

class RankCommandTest {

  static final String TALLIES =
      """
      id,for,against,neutral,kind,attendees,theme
      P-1,120,30,10,individual,,transport
      P-2,95,5,20,institutional,,transport
      A-1,40,2,1,collective,35,housing
      P-3,8,0,0,individual,,housing
      "X ""quoted"", 1",3,9,0,individual,,housing
      """;

  @TempDir Path dir;

  @Test
  void polisRankHasOneRowPerCommentNotModeratedOutWithTheInputIdsAndRanksOneToN()
      throws IOException {
    List<String> kept =
        LabRun.csv(LabRun.POLIS.resolve("comments.csv")).stream()
            .filter(c -> !c.get("moderated").equals("-1"))
            .map(c -> c.get("comment-id"))
            .toList();
    Path out = dir.resolve("wilson.csv");

    LabRun run =
        LabRun.of(
            "rank", "--polis", LabRun.POLIS.toString(), "--rule", "wilson", "--out", "" + out);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readAllLines(out).get(0)).isEqualTo("id,rank,score,explanation");
    List<Map<String, String>> rows = LabRun.csv(out);
    assertThat(kept).hasSize(31);
    assertThat(rows).extracting(r -> r.get("id")).containsExactlyInAnyOrderElementsOf(kept);
    assertThat(rows)
        .extracting(r -> r.get("rank"))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 31).mapToObj("%d"::formatted).toList());
    assertThat(rows.get(0).get("explanation")).contains("Wilson lower bound");
    assertThat(run.out()).contains("wilson v1 ranked 31 items", out.toString());
  }

  @Test
  void supportOrderIsTheOneTheResearchApiGives() throws IOException {
    Dataset polis = PolisExport.read(LabRun.POLIS);
    List<String> expected = polis.ids(polis.rank(new SupportCountRule()));
    Path out = dir.resolve("support.csv");

    LabRun.of("rank", "--polis", LabRun.POLIS.toString(), "--rule", "support", "--out", "" + out);

    List<Map<String, String>> rows = LabRun.csv(out);
    assertThat(rows.get(0).get("id")).isEqualTo(expected.get(0)).isEqualTo("12");
    assertThat(rows).extracting(r -> r.get("id")).containsExactlyElementsOf(expected);
    assertThat(rows.get(0).get("score")).isEqualTo("82");
  }

  @Test
  void talliesRankKeepsTheFileIdsEvenWithCommasAndQuotes() throws IOException {
    Path tallies = Files.writeString(dir.resolve("tallies.csv"), TALLIES);
    Path out = dir.resolve("net.csv");

    LabRun run =
        LabRun.of("rank", "--tallies", tallies.toString(), "--rule", "support", "--out", "" + out);

    assertThat(run.exitCode()).isZero();
    assertThat(LabRun.csv(out))
        .extracting(r -> r.get("id"))
        .containsExactly("P-1", "P-2", "A-1", "P-3", "X \"quoted\", 1");
    assertThat(Files.readString(out)).contains("\n\"X \"\"quoted\"\", 1\",5,3,3 supports\n");
  }

  @Test
  void withoutOutTheCsvGoesToStandardOutput() throws IOException {
    Path tallies = Files.writeString(dir.resolve("tallies.csv"), TALLIES);

    LabRun run = LabRun.of("rank", "--tallies", tallies.toString(), "--rule", "wilson");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().toList())
        .hasSize(6)
        .first()
        .isEqualTo("id,rank,score,explanation");
    assertThat(run.out().lines().skip(1).map(l -> l.substring(0, 3)))
        .containsExactly("P-2", "A-1", "P-1", "P-3", "\"X ");
  }

  @Test
  void themeKeepsOnlyThatThemesItems() throws IOException {
    Path tallies = Files.writeString(dir.resolve("tallies.csv"), TALLIES);
    Path out = dir.resolve("housing.csv");

    LabRun run =
        LabRun.of(
            "rank",
            "--tallies",
            "" + tallies,
            "--rule",
            "support",
            "--theme",
            "housing",
            "--out",
            "" + out);

    assertThat(run.exitCode()).isZero();
    assertThat(LabRun.csv(out))
        .extracting(r -> r.get("id"))
        .containsExactly("A-1", "P-3", "X \"quoted\", 1");
    assertThat(run.out()).contains("theme housing");
  }

  @Test
  void collectiveFactorWeightsWorkshopBallots() throws IOException {
    Path tallies = Files.writeString(dir.resolve("tallies.csv"), TALLIES);

    LabRun run =
        LabRun.of("rank", "--tallies", "" + tallies, "--rule", "support", "--collective", "5");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().skip(1).findFirst())
        .hasValue("A-1,1,200,200 supports (collective: ballots × 5)");
  }
}
