package org.openconsultation.examples.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A download streams with its headers from the first byte: a failure before it leaves the response
 * to the error handler; a failure after it cuts the connection, so that no truncated file looks
 * complete.
 */
class DownloadTest {

  private static final byte[] MANY = "a;b;c\r\n".repeat(40_000).getBytes(StandardCharsets.UTF_8);

  private Javalin app;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    app = Javalin.create(config -> config.showJavalinBanner = false);
    app.get(
        "/whole", ctx -> Download.send(ctx, Download.CSV, "table é.csv", out -> out.write(MANY)));
    app.get(
        "/before",
        ctx ->
            Download.send(
                ctx,
                Download.CSV,
                "t.csv",
                out -> {
                  throw new IllegalStateException("refused");
                }));
    app.get(
        "/after",
        ctx ->
            Download.send(
                ctx,
                Download.CSV,
                "t.csv",
                out -> {
                  out.write(MANY);
                  out.flush();
                  throw new IllegalStateException("the store went away");
                }));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          if (!Download.started(ctx)) {
            ctx.status(503).html("<p>error page: " + e.getMessage() + "</p>");
          }
        });
    app.start("localhost", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void aFileComesWholeWithItsTypeAndSafeName() throws Exception {
    HttpResponse<byte[]> file = get("/whole");

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"table--.csv\"");
    assertThat(file.body()).isEqualTo(MANY);
  }

  @Test
  void aFailureBeforeTheFirstByteBecomesThePage() throws Exception {
    HttpResponse<byte[]> page = get("/before");

    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.headers().firstValue("Content-Disposition")).isEmpty();
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("error page: refused");
  }

  @Test
  void aFailureAfterTheFirstByteCutsTheConnection() {
    assertThatThrownBy(() -> get("/after")).isInstanceOf(IOException.class);
  }

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
