package org.openconsultation.bench.load;

import java.io.OutputStream;

/** An output stream that counts the bytes written to it and keeps none. */
final class Counting extends OutputStream {

  private long bytes;

  long bytes() {
    return bytes;
  }

  @Override
  public void write(int b) {
    bytes++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    bytes += len;
  }
}
