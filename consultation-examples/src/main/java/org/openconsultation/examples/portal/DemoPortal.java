package org.openconsultation.examples.portal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts the demo portal: {@code java -jar consultation-examples/target/demo-portal.jar}, then open
 * http://localhost:8080. The first start creates the H2 database in {@code --data} and seeds it;
 * later starts reuse it; {@code --reset} seeds it again. Stop it with Ctrl-C.
 */
@Command(
    name = "demo-portal",
    mixinStandardHelpOptions = true,
    description = {
      "The OpenConsultation demo portal on an embedded H2 database, seeded on first run with a"
          + " consultation of 2017 (in French; an English switch on every page).",
      "Sign in as any demo person from the page; GET /health answers ok when ready."
    })
public final class DemoPortal implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 for any free port)")
  int port;

  @Option(
      names = "--host",
      defaultValue = "localhost",
      description = "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every one)")
  String host = "localhost";

  @Option(
      names = "--data",
      defaultValue = "demo-data",
      description = "directory of the H2 database (default: ./${DEFAULT-VALUE})")
  Path data = Path.of("demo-data");

  @Option(names = "--reset", description = "delete the database and seed it again")
  boolean reset;

  /** Public for picocli. */
  public DemoPortal() {}

  /** Starts the portal and serves until the process is stopped. */
  public static void main(String[] args) {
    int code = new CommandLine(new DemoPortal()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    Portal portal =
        Portal.start(
            new PortalSettings(host, port, data, reset, new StorySeed(), Clock.systemUTC()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  portal.close();
                  stopped.countDown();
                },
                "demo-portal-stop"));
    System.out.println(
        "Demo portal ready on http://"
            + ("localhost".equals(host) || "0.0.0.0".equals(host) ? "localhost" : host)
            + ":"
            + portal.port()
            + "/ (data in "
            + data.toAbsolutePath()
            + "; Ctrl-C to stop)");
    stopped.await();
    return 0;
  }
}
