package org.openconsultation.core.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Violation;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.ranking.SupportCountRule;

/**
 * Replay of a real pol.is conversation ("$15/hour", CC BY 4.0, see {@code
 * src/test/resources/polis/ATTRIBUTION.md}), checked against a recount written here straight from
 * the lines of {@code votes.csv}.
 */
class PolisExportTest {

  private static Path conversation;
  private static Dataset dataset;

  @BeforeAll
  static void read() throws URISyntaxException {
    conversation = Path.of(PolisExportTest.class.getResource("/polis/15-per-hour-seattle").toURI());
    dataset = PolisExport.read(conversation);
  }

  /** One comment's counts in the independent recount. */
  private static final class Recounted {
    final long id;
    long agrees;
    long disagrees;
    long passes;

    Recounted(long id) {
      this.id = id;
    }
  }

  /** Comment ids with moderated = -1, read with Jackson's own header mapping. */
  private static Set<Long> moderatedOut() throws IOException {
    Set<Long> out = new HashSet<>();
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> rows =
        mapper
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(conversation.resolve("comments.csv").toFile())) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        if (row.get("moderated").equals("-1")) {
          out.add(Long.parseLong(row.get("comment-id")));
        }
      }
    }
    return out;
  }

  /**
   * The recount: votes.csv has no quoted field, so each line splits on commas into timestamp,
   * datetime, comment-id, voter-id, vote; the latest vote of a voter on a comment wins.
   */
  private static Map<Long, Recounted> recount(Set<Long> excluded, boolean lastVoteOnly)
      throws IOException {
    List<String> lines = Files.readAllLines(conversation.resolve("votes.csv"));
    assertThat(lines.get(0)).isEqualTo("timestamp,datetime,comment-id,voter-id,vote");
    Map<String, long[]> latest = new HashMap<>(); // "voter/comment" -> {timestamp, vote}
    List<long[]> all = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      long[] vote = {Long.parseLong(f[0]), Long.parseLong(f[2]), Long.parseLong(f[4])};
      all.add(vote);
      latest.merge(f[3] + "/" + f[2], vote, (old, now) -> now[0] > old[0] ? now : old);
    }
    Map<Long, Recounted> counts = new HashMap<>();
    for (long id : commentIds()) {
      if (!excluded.contains(id)) {
        counts.put(id, new Recounted(id));
      }
    }
    for (long[] vote : lastVoteOnly ? latest.values() : all) {
      Recounted c = counts.get(vote[1]);
      if (c != null) {
        c.agrees += vote[2] == 1 ? 1 : 0;
        c.disagrees += vote[2] == -1 ? 1 : 0;
        c.passes += vote[2] == 0 ? 1 : 0;
      }
    }
    return counts;
  }

  private static Set<Long> commentIds() throws IOException {
    Set<Long> ids = new HashSet<>();
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> rows =
        mapper
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(conversation.resolve("comments.csv").toFile())) {
      rows.forEachRemaining(r -> ids.add(Long.parseLong(r.get("comment-id"))));
    }
    return ids;
  }

  /** Agrees, most first; then fewer disagrees; then the earlier comment (lower comment-id). */
  private static List<String> supportOrder(Map<Long, Recounted> counts) {
    return counts.values().stream()
        .sorted(
            Comparator.comparingLong((Recounted c) -> -c.agrees)
                .thenComparingLong(c -> c.disagrees)
                .thenComparingLong(c -> c.id))
        .map(c -> Long.toString(c.id))
        .toList();
  }

  @Test
  void theSupportRankingOfTheReplayEqualsAnIndependentRecountOfVotesCsv() throws IOException {
    RankingRule support = new SupportCountRule();
    Map<Long, Recounted> recount = recount(moderatedOut(), true);

    List<String> replayed = dataset.ids(dataset.rank(support));

    assertThat(replayed).hasSize(31).containsExactlyElementsOf(supportOrder(recount));
  }

  @Test
  void everyTallyEqualsTheRecountAndVotesChangedLaterAreCountedOnce() throws IOException {
    Map<Long, Recounted> recount = recount(moderatedOut(), true);
    Map<Long, Recounted> everyRow = recount(moderatedOut(), false);

    for (Map.Entry<String, Tally> e : dataset.tallies().entrySet()) {
      Recounted expected = recount.get(Long.parseLong(e.getKey()));
      assertThat(List.of(e.getValue().supports(), e.getValue().oppositions()))
          .as("comment %s", e.getKey())
          .containsExactly(expected.agrees, expected.disagrees);
      assertThat(e.getValue().neutrals()).isEqualTo(expected.passes);
    }
    // The conversation has changed votes, so counting every row would give other totals.
    assertThat(
            everyRow.values().stream()
                .filter(
                    c ->
                        c.agrees + c.disagrees
                            != recount.get(c.id).agrees + recount.get(c.id).disagrees)
                .count())
        .isPositive();
  }

  @Test
  void commentsModeratedOutAreLeftOutWithTheirVotes() throws IOException {
    Set<Long> out = moderatedOut();

    assertThat(out).hasSize(23);
    assertThat(dataset.items()).hasSize(54 - 23);
    assertThat(dataset.items())
        .extracting(DatasetItem::id)
        .noneMatch(id -> out.contains(Long.parseLong(id)));
    assertThat(dataset.ballots())
        .extracting(TimedBallot::item)
        .noneMatch(id -> out.contains(Long.parseLong(id)));
  }

  @Test
  void commentsAreItemsInCommentIdOrderWithTheirTextAndTime() {
    List<Long> ids = dataset.items().stream().map(DatasetItem::id).map(Long::parseLong).toList();
    assertThat(ids).isSorted();
    DatasetItem first = dataset.item("1").orElseThrow();
    assertThat(first.submittedAt()).isEqualTo(Instant.ofEpochMilli(1403054218578L));
    assertThat(first.text()).startsWith("This is a game changer.");
    assertThat(dataset.voteMode()).isEqualTo(VoteMode.FOR_AGAINST);
    assertThat(dataset.end()).isEqualTo(dataset.ballots().get(dataset.ballots().size() - 1).at());
  }

  @Test
  void aMissingFolderNamesTheMissingFile(@TempDir Path dir) {
    assertThatThrownBy(() -> PolisExport.read(dir.resolve("nope")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              Violation v = e.violations().get(0);
              assertThat(v.code()).isEqualTo("dataset.missing-file");
              assertThat(v.path()).endsWith("comments.csv");
            });
  }

  @Test
  void aFileWhereTheFolderShouldBeIsAnInputError(@TempDir Path dir) throws IOException {
    write(dir, "comments.csv", COMMENTS);
    Path file = dir.resolve("comments.csv");

    assertViolation(
        () -> PolisExport.read(file),
        "dataset.unreadable-file",
        file.resolve("comments.csv").toString());
  }

  @Test
  void textThatIsNotUtf8IsAnInputError(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("comments.csv"), new byte[] {'a', ',', (byte) 0xff, '\n'});

    assertViolation(
        () -> PolisExport.read(dir), "dataset.encoding", dir.resolve("comments.csv").toString());
  }

  @Test
  void aBadVoteNamesTheFileLineAndColumn(@TempDir Path dir) throws IOException {
    write(dir, "comments.csv", COMMENTS);
    write(dir, "votes.csv", VOTES_HEADER + "1000,x,1,7,1\n1001,x,1,8,2\n");

    assertViolation(
        () -> PolisExport.read(dir), "dataset.value", dir.resolve("votes.csv") + ":3:vote");
  }

  @Test
  void aVoteOnAnUnknownCommentIsAnError(@TempDir Path dir) throws IOException {
    write(dir, "comments.csv", COMMENTS);
    write(dir, "votes.csv", VOTES_HEADER + "1000,x,9,7,1\n");

    assertViolation(
        () -> PolisExport.read(dir),
        "dataset.unknown-item",
        dir.resolve("votes.csv") + ":2:comment-id");
  }

  @Test
  void aNonNumericTimestampAndAMissingColumnAreErrors(@TempDir Path dir) throws IOException {
    write(dir, "comments.csv", COMMENTS);
    write(dir, "votes.csv", VOTES_HEADER + "soon,x,1,7,1\n");
    assertViolation(
        () -> PolisExport.read(dir), "dataset.number", dir.resolve("votes.csv") + ":2:timestamp");

    write(dir, "votes.csv", "timestamp,comment-id,vote\n");
    assertViolation(
        () -> PolisExport.read(dir), "dataset.header", dir.resolve("votes.csv") + ":1:voter-id");
  }

  @Test
  void brokenCsvIsReportedWithItsLine(@TempDir Path dir) throws IOException {
    write(dir, "comments.csv", COMMENTS + "3000,x,2,1,0,0,0,\"unclosed\"quote\n");

    assertViolation(
        () -> PolisExport.read(dir), "dataset.syntax", dir.resolve("comments.csv") + ":5:");
  }

  @Test
  void votesOnAModeratedOutCommentAreSkipped(@TempDir Path dir) throws IOException {
    write(dir, "comments.csv", COMMENTS);
    write(dir, "votes.csv", VOTES_HEADER + "1000,x,0,7,1\n1000,x,1,7,-1\n");

    Dataset small = PolisExport.read(dir);
    assertThat(small.items()).extracting(DatasetItem::id).containsExactly("1");
    assertThat(small.ballots()).hasSize(1);
    assertThat(small.tallies().get("1").oppositions()).isEqualTo(1);
  }

  private static final String COMMENTS =
      "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n"
          + "900,x,0,1,0,0,-1,gone\n"
          + "950,x,1,1,0,0,0,\"kept, with a comma\n and a new line\"\n";

  private static final String VOTES_HEADER = "timestamp,datetime,comment-id,voter-id,vote\n";

  private static void write(Path dir, String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  static void assertViolation(Runnable read, String code, String path) {
    assertThatThrownBy(read::run)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations()).hasSize(1);
              assertThat(e.violations().get(0).code()).isEqualTo(code);
              assertThat(e.violations().get(0).path()).isEqualTo(path);
              assertThat(e.getMessage()).contains(path);
            });
  }
}
