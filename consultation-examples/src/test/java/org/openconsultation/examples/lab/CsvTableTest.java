package org.openconsultation.examples.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void quotesOnlyTheFieldsThatNeedItAsRfc4180Says() {
    String csv =
        new CsvTable("id", "text")
            .row("plain", "a, b")
            .row("say \"hi\"", "two\nlines")
            .row(7, "")
            .text();

    assertThat(csv).isEqualTo("id,text\nplain,\"a, b\"\n\"say \"\"hi\"\"\",\"two\nlines\"\n7,\n");
  }

  @Test
  void aRowHasOneValuePerColumn() {
    assertThatThrownBy(() -> new CsvTable("a", "b").row("only one"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void numbersArePlainAndShortest() {
    assertThat(CsvTable.number(82.0)).isEqualTo("82");
    assertThat(CsvTable.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(CsvTable.number(1e-7)).isEqualTo("0.0000001");
    assertThat(CsvTable.number(-0.0)).isEqualTo("0");
    assertThat(CsvTable.number(Double.NaN)).isEqualTo("NaN");
  }
}
