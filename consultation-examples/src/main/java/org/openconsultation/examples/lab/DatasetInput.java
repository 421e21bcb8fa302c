package org.openconsultation.examples.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.research.Dataset;
import org.openconsultation.core.research.DatasetItem;
import org.openconsultation.core.research.PolisExport;
import org.openconsultation.core.research.TalliesCsv;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The input of {@code rank} and {@code compare}: a pol.is export or a tallies CSV file (exactly one
 * of them), optionally narrowed to one theme.
 */
final class DatasetInput {

  @ArgGroup(exclusive = true, multiplicity = "1", heading = "Input (exactly one):%n")
  @Nullable Source source;

  @Option(
      names = "--theme",
      paramLabel = "NAME",
      description =
          "Keep only the items of this theme (the 'theme' column of a tallies file) and the"
              + " ballots on them. pol.is conversations have no themes.")
  @Nullable String theme;

  /** The two kinds of input; picocli lets exactly one be given. */
  static final class Source {

    @Option(
        names = "--polis",
        paramLabel = "DIR",
        required = true,
        description =
            "A conversation of the pol.is open-data export: a folder with comments.csv and"
                + " votes.csv. Items are the comments (id: comment-id), except those moderated"
                + " out (moderated = -1).")
    @Nullable Path polis;

    @Option(
        names = "--tallies",
        paramLabel = "FILE",
        required = true,
        description =
            "A CSV file of per-item totals: a header with id and for, against, neutral or"
                + " grade_0..grade_N, optionally created_at, kind, attendees, theme, text,"
                + " comments (see docs/research.md).")
    @Nullable Path tallies;
  }

  /** Reads the input; throws {@link InvalidInputException} if it is missing or malformed. */
  Dataset read() {
    Source s = Objects.requireNonNull(source, "picocli sets the source");
    Dataset dataset;
    if (s.polis != null) {
      if (!Files.isDirectory(s.polis)) {
        throw InvalidInputException.of(
            "dataset.missing-file",
            s.polis.toString(),
            Files.exists(s.polis)
                ? "not a folder: --polis expects the folder of a pol.is export"
                : "no such folder");
      }
      dataset = PolisExport.read(s.polis);
    } else {
      dataset = TalliesCsv.read(Objects.requireNonNull(s.tallies));
    }
    return theme == null ? dataset : onlyTheme(dataset, theme);
  }

  /** What was read, for messages: "pol.is export 15-per-hour-seattle" or "tallies x.csv". */
  String describe() {
    Source s = Objects.requireNonNull(source, "picocli sets the source");
    String what =
        s.polis != null
            ? "pol.is export " + name(s.polis)
            : "tallies " + name(Objects.requireNonNull(s.tallies));
    return theme == null ? what : what + ", theme " + theme;
  }

  private static String name(Path path) {
    Path name = path.toAbsolutePath().normalize().getFileName();
    return name == null ? path.toString() : name.toString();
  }

  /** The items of one theme and the ballots on them; references are given anew. */
  static Dataset onlyTheme(Dataset dataset, String theme) {
    Dataset.Builder builder =
        Dataset.builder().voteMode(dataset.voteMode()).gradeCount(dataset.gradeCount());
    Set<String> kept = new TreeSet<>();
    Set<String> themes = new TreeSet<>();
    for (DatasetItem item : dataset.items()) {
      if (item.theme() != null) {
        themes.add(item.theme());
      }
      if (theme.equals(item.theme())) {
        builder.item(item);
        kept.add(item.id());
      }
    }
    if (kept.isEmpty()) {
      throw InvalidInputException.of(
          "lab.theme",
          "--theme",
          "no item has theme '"
              + theme
              + "'; "
              + (themes.isEmpty()
                  ? "the input has no themes"
                  : "the themes are " + String.join(", ", themes)));
    }
    dataset.ballots().stream().filter(b -> kept.contains(b.item())).forEach(builder::ballot);
    return builder.build();
  }
}
