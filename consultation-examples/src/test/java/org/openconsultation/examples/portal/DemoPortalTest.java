package org.openconsultation.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line: its options and their defaults. */
class DemoPortalTest {

  @Test
  void helpNamesThePortDataAndResetOptions() {
    StringWriter out = new StringWriter();
    CommandLine line = new CommandLine(new DemoPortal()).setOut(new PrintWriter(out));

    assertThat(line.execute("--help")).isZero();
    assertThat(out.toString()).contains("--port", "--data", "--reset", "8080");
  }

  @Test
  void defaultsAreLocalhost8080AndDemoData() {
    DemoPortal portal = new DemoPortal();
    new CommandLine(portal).parseArgs();

    assertThat(portal.port).isEqualTo(8080);
    assertThat(portal.host).isEqualTo("localhost");
    assertThat(portal.data).isEqualTo(Path.of("demo-data"));
    assertThat(portal.reset).isFalse();
  }

  @Test
  void optionsAreRead() {
    DemoPortal portal = new DemoPortal();
    new CommandLine(portal).parseArgs("--port", "9090", "--data", "/tmp/x", "--reset");

    assertThat(portal.port).isEqualTo(9090);
    assertThat(portal.data).isEqualTo(Path.of("/tmp/x"));
    assertThat(portal.reset).isTrue();
  }
}
