package org.openconsultation.examples.lab;

import picocli.CommandLine.Option;

/** The {@code --verbose} option of every command, read by {@link Failures}. */
final class Verbose {

  @Option(
      names = "--verbose",
      description = "On failure, print the stack trace after the one-line message.")
  boolean verbose;
}
