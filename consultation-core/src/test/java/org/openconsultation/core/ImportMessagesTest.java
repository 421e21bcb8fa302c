package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The import messages exist in English and French, key for key, and every pattern formats. */
class ImportMessagesTest {

  private static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    String name = "/org/openconsultation/core/internal/ImportMessages" + suffix + ".properties";
    try (InputStream in = ImportMessagesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndValidPatterns() throws IOException {
    Properties en = bundle("");
    Properties fr = bundle("_fr");

    assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      for (Properties p : new Properties[] {en, fr}) {
        String text =
            new MessageFormat(p.getProperty(key), Locale.ROOT).format(new Object[] {1, 2, 3, 4});
        assertThat(text).as(key).doesNotContain("{").isNotBlank();
      }
    }
    assertThat(fr.getProperty("import.cell.participant")).contains("n''est");
  }
}
