package org.openconsultation.examples.portal.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.eclipse.jetty.server.Request;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file streamed into the response as the engine writes it, never held in memory. The status and
 * headers (content type, {@code Content-Disposition} with the file name) go out with the first
 * byte: a failure before it (a refusal, a wrong phase) leaves the response untouched, so that it
 * becomes the normal error page; a failure after it cuts the connection, so that the browser
 * reports a failed download instead of keeping a truncated file.
 */
final class Download {

  /** Common content types. */
  static final String CSV = "text/csv; charset=utf-8; header=present";

  static final String JSON = "application/json; charset=utf-8";
  static final String JSON_LINES = "application/jsonl; charset=utf-8";
  static final String GEOJSON = "application/geo+json; charset=utf-8";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String ZIP = "application/zip";
  static final String MARKDOWN = "text/markdown; charset=utf-8";

  private static final Logger LOG = LoggerFactory.getLogger(Download.class);
  private static final String STARTED = "oc.download-started";

  /** What writes the file: the engine's export, typically. */
  @FunctionalInterface
  interface Writer {
    /** Writes the whole file to {@code out}, without closing it. */
    void write(OutputStream out) throws IOException;
  }

  private Download() {}

  /**
   * Sends a file named {@code fileName} (letters, digits, dots, hyphens and underscores; others
   * become hyphens) of type {@code contentType}, as {@code writer} writes it.
   */
  static void send(Context ctx, String contentType, String fileName, Writer writer) {
    FirstByte out = new FirstByte(ctx, contentType, safe(fileName));
    try {
      writer.write(out);
      out.start();
      out.flush();
    } catch (IOException e) {
      fail(ctx, out, new UncheckedIOException(e));
    } catch (RuntimeException e) {
      fail(ctx, out, e);
    }
  }

  /** Whether a download began in this request: its failure can no longer become a page. */
  static boolean started(Context ctx) {
    return ctx.attribute(STARTED) != null;
  }

  private static void fail(Context ctx, FirstByte out, RuntimeException e) {
    if (out.started()) {
      LOG.warn("Download {} cut after its first bytes: {}", ctx.path(), e.toString());
      abort(ctx, e);
    }
    throw e;
  }

  /** Closes the connection without ending the response, the one way HTTP says "incomplete". */
  private static void abort(Context ctx, Exception e) {
    Request base = Request.getBaseRequest(ctx.req());
    if (base != null) {
      base.getHttpChannel().abort(e);
    }
  }

  static String safe(String fileName) {
    return fileName.replaceAll("[^A-Za-z0-9._-]", "-");
  }

  /** Sets the status and headers just before the first byte, then writes through. */
  private static final class FirstByte extends OutputStream {

    private final Context ctx;
    private final String contentType;
    private final String fileName;
    private @Nullable OutputStream target;

    FirstByte(Context ctx, String contentType, String fileName) {
      this.ctx = ctx;
      this.contentType = Objects.requireNonNull(contentType, "contentType");
      this.fileName = fileName;
    }

    boolean started() {
      return target != null;
    }

    OutputStream start() {
      OutputStream t = target;
      if (t == null) {
        ctx.status(200);
        ctx.contentType(contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.attribute(STARTED, Boolean.TRUE);
        t = ctx.outputStream();
        target = t;
      }
      return t;
    }

    @Override
    public void write(int b) throws IOException {
      start().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > 0) {
        start().write(b, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      OutputStream t = target;
      if (t != null) {
        t.flush();
      }
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
