package org.openconsultation.bench.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The harness's options.
 *
 * @param db {@code h2}, {@code postgresql} or {@code mariadb}
 * @param url the JDBC URL, or null for the local default
 * @param contributions the size: contributions of the consultation exported and imported
 * @param ballotsPerContribution the ballots cast on each of them before the import
 * @param threads the client thread counts of the vote path
 * @param votesPerSide the votes each side casts at each thread count (two runs of half)
 * @param out the results file
 * @param quick whether this is a smoke run
 */
record LoadOptions(
    String db,
    @Nullable String url,
    int contributions,
    int ballotsPerContribution,
    List<Integer> threads,
    int votesPerSide,
    Path out,
    boolean quick) {

  /** The named sizes, in contributions. */
  static final Map<String, Integer> SCALES =
      Map.of("tiny", 200, "small", 2_000, "medium", 10_000, "large", 40_000);

  /** Parses {@code --name value} pairs and {@code --quick}; {@code env} gives OC_BENCH_URL. */
  static LoadOptions parse(String[] args, Map<String, String> env, Path results) {
    String db = "h2";
    String url = env.get("OC_BENCH_URL");
    String scale = "small";
    String threads = "1,4,16";
    String out = null;
    String votes = null;
    boolean quick = false;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals("--quick")) {
        quick = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      String value = args[++i];
      switch (name) {
        case "--db" -> db = value.toLowerCase(Locale.ROOT);
        case "--url" -> url = value;
        case "--scale" -> scale = value;
        case "--threads" -> threads = value;
        case "--votes" -> votes = value;
        case "--out" -> out = value;
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    Integer named = SCALES.get(scale);
    int contributions = named != null ? named : Integer.parseInt(scale.replace("_", ""));
    List<Integer> counts = new ArrayList<>();
    for (String t : threads.split(",")) {
      counts.add(Integer.parseInt(t.strip()));
    }
    Path file =
        out != null
            ? Path.of(out)
            : results.resolve(
                "load-" + db + "-" + contributions + "-" + LocalDate.now(ZoneOffset.UTC) + ".json");
    return new LoadOptions(
        db,
        url,
        contributions,
        5,
        List.copyOf(counts),
        votes != null ? Integer.parseInt(votes) : quick ? 100 : 2_000,
        file,
        quick);
  }
}
