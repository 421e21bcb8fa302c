package org.openconsultation.examples.lab;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error, {@code ranking-lab: <message>}, and an exit
 * code: {@value #BAD_INPUT} for bad input (options, files, values), {@value #UNEXPECTED} for
 * anything else. The stack trace is printed only with {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

  static final int UNEXPECTED = 1;
  static final int BAD_INPUT = 2;

  private static final String PREFIX = "ranking-lab: ";

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    String message = ex.getMessage() == null ? "invalid arguments" : ex.getMessage();
    message = message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
    command
        .getErr()
        .println(
            PREFIX + message + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
    command.getErr().flush();
    return BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    boolean verbose = verbose(parseResult);
    Optional<String> badInput = badInput(ex);
    if (badInput.isPresent()) {
      err.println(PREFIX + badInput.get());
    } else {
      err.println(
          PREFIX
              + "unexpected error: "
              + ex
              + (verbose ? "" : " (run again with --verbose for the stack trace)"));
    }
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
    return badInput.isPresent() ? BAD_INPUT : UNEXPECTED;
  }

  /** The message for an exception caused by bad input, or empty if it is not one. */
  static Optional<String> badInput(Throwable ex) {
    if (ex instanceof InvalidInputException invalid) {
      return Optional.of(
          invalid.violations().stream()
              .map(v -> v.path().isEmpty() ? v.message() : v.path() + ": " + v.message())
              .collect(Collectors.joining("; ")));
    }
    if (ex instanceof NoSuchFileException missing) {
      return Optional.of(missing.getFile() + ": no such file or folder");
    }
    if (ex instanceof FileAlreadyExistsException exists) {
      return Optional.of(exists.getFile() + ": already exists and is not a folder");
    }
    if (ex instanceof AccessDeniedException denied) {
      return Optional.of(denied.getFile() + ": permission denied");
    }
    if (ex instanceof FileSystemException other) {
      return Optional.of(other.getFile() + ": " + reason(other.getReason()));
    }
    if (ex instanceof UncheckedIOException wrapped) {
      return badInput(wrapped.getCause());
    }
    if (ex instanceof IllegalArgumentException illegal) {
      return Optional.of(illegal.getMessage() == null ? ex.toString() : illegal.getMessage());
    }
    return Optional.empty();
  }

  private static String reason(@Nullable String reason) {
    return reason == null ? "cannot be read or written" : reason;
  }

  /** Whether {@code --verbose} was given to the command or any of its parents. */
  private static boolean verbose(@Nullable ParseResult result) {
    for (ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
