package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportProgress;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.MapLayer;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;

/** The progress listener of the JSON, JSON Lines and GeoJSON exports. */
class JsonExportProgressTest {

  /** One call to the listener. */
  private record Call(ExportTable table, long rows, boolean done) {}

  private final Scene s = new Scene();
  private final List<Call> calls = new ArrayList<>();
  private final ExportOptions options =
      ExportOptions.defaults()
          .withProgress((table, rows, done) -> calls.add(new Call(table, rows, done)));

  @Test
  void theListenerHearsOfEveryTableOnceDoneWithItsRows() {
    s.engine.exports().json(s.w.visitor, s.c, new ByteArrayOutputStream(), options);

    assertThat(calls)
        .containsExactly(
            new Call(ExportTable.THEMES, 2, true),
            new Call(ExportTable.CONTRIBUTIONS, 3, true),
            new Call(ExportTable.REVISIONS, 3, true),
            new Call(ExportTable.WORKSHOPS, 1, true),
            new Call(ExportTable.COMMENTS, 2, true),
            new Call(ExportTable.BALLOTS, 1, true),
            new Call(ExportTable.TALLIES, 1, true));
  }

  @Test
  void theListenerHearsEveryTenThousandRowsThenAtTheEnd() {
    for (int i = 0; i < 2 * ExportProgress.EVERY; i++) {
      s.w
          .store
          .themes()
          .insert(new Theme(s.c, new ThemeId(new UUID(9, i)), "Thème " + i, "", 100 + i));
    }

    s.engine
        .exports()
        .jsonLines(s.w.visitor, s.c, ExportTable.THEMES, new ByteArrayOutputStream(), options);

    long total = 2L * ExportProgress.EVERY + 2;
    assertThat(calls)
        .containsExactly(
            new Call(ExportTable.THEMES, ExportProgress.EVERY, false),
            new Call(ExportTable.THEMES, 2L * ExportProgress.EVERY, false),
            new Call(ExportTable.THEMES, total, true));
  }

  @Test
  void aMapLayerReportsItsFeatures() {
    s.engine
        .exports()
        .geoJson(s.w.visitor, s.c, MapLayer.WORKSHOPS, new ByteArrayOutputStream(), options);

    assertThat(calls).containsExactly(new Call(ExportTable.WORKSHOPS, 1, true));
  }

  @Test
  void aListenerThatThrowsAbortsTheExport() {
    ExportOptions failing =
        ExportOptions.defaults()
            .withProgress(
                (table, rows, done) -> {
                  if (table == ExportTable.COMMENTS) {
                    throw new IllegalStateException("cancelled");
                  }
                });
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> s.engine.exports().json(s.w.visitor, s.c, out, failing))
        .hasMessage("cancelled");
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\"ballots\"");
  }
}
