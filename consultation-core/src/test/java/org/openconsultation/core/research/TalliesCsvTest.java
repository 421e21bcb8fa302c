package org.openconsultation.core.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openconsultation.core.research.PolisExportTest.assertViolation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.ranking.RankingItem;

/** Reading per-contribution totals from CSV, with the optional columns and clear errors. */
class TalliesCsvTest {

  @TempDir Path dir;

  private Path write(String content) throws IOException {
    Path file = dir.resolve("tallies.csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsTheRequiredColumnsInFileOrder() throws IOException {
    Dataset data = TalliesCsv.read(write("id,for,against,neutral\nP-7,10,2,1\nP-3,4,,0\n"));

    assertThat(data.items()).extracting(DatasetItem::id).containsExactly("P-7", "P-3");
    Tally first = data.tallies().get("P-7");
    assertThat(List.of(first.supports(), first.oppositions(), first.neutrals()))
        .containsExactly(10L, 2L, 1L);
    assertThat(data.tallies().get("P-3").oppositions()).isZero();
    assertThat(data.voteMode()).isEqualTo(VoteMode.FOR_AGAINST);
    assertThat(data.ballots()).isEmpty();
    assertThat(data.items().get(0).submittedAt()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void readsTheOptionalColumnsInAnyOrder() throws IOException {
    Dataset data =
        TalliesCsv.read(
            write(
                "\uFEFFkind,id,for,created_at,theme,attendees,comments,text\n"
                    + "collective,w1,30,2024-03-01T10:00:00Z,Transport,25,4,\"Bus lanes, now\"\n"
                    + "INSTITUTIONAL,o1,12,2024-03-02,Housing,,,\n"
                    + ",p1,3,1709251200000,,0,0,\n"));

    List<RankingItem> items = data.rankingItems();
    DatasetItem w1 = data.item("w1").orElseThrow();
    assertThat(w1.kind()).isEqualTo(ContributionKind.COLLECTIVE);
    assertThat(w1.attendees()).isEqualTo(25);
    assertThat(w1.comments()).isEqualTo(4);
    assertThat(w1.text()).isEqualTo("Bus lanes, now");
    assertThat(w1.theme()).isEqualTo("Transport");
    assertThat(w1.submittedAt()).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
    assertThat(items.get(0).attendeeCount()).isEqualTo(25);
    assertThat(data.item("o1").orElseThrow().kind()).isEqualTo(ContributionKind.INSTITUTIONAL);
    assertThat(data.item("o1").orElseThrow().submittedAt())
        .isEqualTo(Instant.parse("2024-03-02T00:00:00Z"));
    assertThat(data.item("p1").orElseThrow().kind()).isEqualTo(ContributionKind.INDIVIDUAL);
    assertThat(data.item("p1").orElseThrow().submittedAt())
        .isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    assertThat(data.item("p1").orElseThrow().theme()).isNull();
    assertThat(data.voteMode()).isEqualTo(VoteMode.SUPPORT);
  }

  @Test
  void gradeColumnsBecomeAMajorityJudgmentHistogram() throws IOException {
    Dataset data =
        TalliesCsv.read(write("id,grade_0,grade_1,grade_2,grade_3\na,1,2,3,4\nb,5,0,0,0\n"));

    assertThat(data.tallies().get("a").grades()).containsExactly(1L, 2L, 3L, 4L);
    assertThat(data.tallies().get("b").grades()).containsExactly(5L);
    assertThat(data.voteMode()).isEqualTo(VoteMode.MAJORITY_JUDGMENT);
    assertThat(data.gradeCount()).isEqualTo(4);
    assertThat(data.context().settings().gradeCount()).isEqualTo(4);
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nowhere.csv");
    assertViolation(() -> TalliesCsv.read(missing), "dataset.missing-file", missing.toString());
  }

  @Test
  void aBadHeaderNamesTheColumn() throws IOException {
    Path noId = write("name,for\nx,1\n");
    assertViolation(() -> TalliesCsv.read(noId), "dataset.header", noId + ":1:id");

    Path typo = write("id,for,agianst\nx,1,2\n");
    assertViolation(() -> TalliesCsv.read(typo), "dataset.header", typo + ":1:agianst");

    Path gap = write("id,grade_0,grade_2\nx,1,2\n");
    assertViolation(() -> TalliesCsv.read(gap), "dataset.header", gap + ":1:grade_2");

    Path twice = write("id,for,for\nx,1,2\n");
    assertViolation(() -> TalliesCsv.read(twice), "dataset.header", twice + ":1:for");

    Path noCount = write("id,theme\nx,y\n");
    assertViolation(() -> TalliesCsv.read(noCount), "dataset.header", noCount + ":1:");

    Path empty = write("");
    assertViolation(() -> TalliesCsv.read(empty), "dataset.header", empty + ":1:");
  }

  @Test
  void aNonNumericOrNegativeCountNamesTheLineAndColumn() throws IOException {
    Path text = write("id,for,against,neutral\na,1,2,3\n\nb,4,many,6\n");
    assertViolation(() -> TalliesCsv.read(text), "dataset.number", text + ":4:against");

    Path negative = write("id,for\na,-1\n");
    assertViolation(() -> TalliesCsv.read(negative), "dataset.number", negative + ":2:for");

    Path grade = write("id,grade_0,grade_1\na,1,1.5\n");
    assertViolation(() -> TalliesCsv.read(grade), "dataset.number", grade + ":2:grade_1");
  }

  @Test
  void badValuesAreNamed() throws IOException {
    Path kind = write("id,for,kind\na,1,workshop\n");
    assertViolation(() -> TalliesCsv.read(kind), "dataset.value", kind + ":2:kind");

    Path attendees = write("id,for,kind,attendees\na,1,individual,4\n");
    assertViolation(() -> TalliesCsv.read(attendees), "dataset.value", attendees + ":2:attendees");

    Path time = write("id,for,created_at\na,1,yesterday\n");
    assertViolation(() -> TalliesCsv.read(time), "dataset.time", time + ":2:created_at");

    Path duplicate = write("id,for\na,1\nb,2\na,3\n");
    assertViolation(() -> TalliesCsv.read(duplicate), "dataset.duplicate", duplicate + ":4:id");

    Path blankId = write("id,for\n ,1\n");
    assertViolation(() -> TalliesCsv.read(blankId), "dataset.missing-value", blankId + ":2:id");

    Path extra = write("id,for\na,1,2\n");
    assertViolation(() -> TalliesCsv.read(extra), "dataset.columns", extra + ":2:");
  }
}
