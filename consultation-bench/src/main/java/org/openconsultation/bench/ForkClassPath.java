package org.openconsultation.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JMH starts each fork with {@code -cp} set to this JVM's {@code java.class.path}. Under {@code
 * exec:java} that is Maven's own launcher: the benchmark and JMH live in a {@link URLClassLoader}
 * of the plugin's, so the fork would not find them. This copies that loader's class path into the
 * property; a plain {@code java -cp} launch (application class loader) is left alone.
 */
final class ForkClassPath {

  private ForkClassPath() {}

  /** Makes {@code loader}'s class path the one forks get, if it is a {@link URLClassLoader}. */
  static void expose(ClassLoader loader) {
    if (!(loader instanceof URLClassLoader urls)) {
      return;
    }
    List<String> entries = new ArrayList<>();
    for (URL url : urls.getURLs()) {
      try {
        entries.add(Path.of(url.toURI()).toString());
      } catch (URISyntaxException | IllegalArgumentException e) {
        throw new IllegalStateException("not a file on the class path: " + url, e);
      }
    }
    System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
  }
}
