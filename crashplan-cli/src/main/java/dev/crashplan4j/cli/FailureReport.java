package dev.crashplan4j.cli;

import dev.crashplan4j.api.bulk.csv.CsvInputException;
import dev.crashplan4j.api.tree.OrgTreeException;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.error.TransportFailureException;
import dev.crashplan4j.core.error.UnauthorizedException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into its exit code and one readable line on standard error (a bad CSV:
 * one line per bad row, each with its line number): no stack trace unless {@code --verbose}.
 */
final class FailureReport implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException bad, String[] args) {
    CommandLine line = bad.getCommandLine();
    PrintWriter err = line.getErr();
    err.println("crashplan4j: " + bad.getMessage());
    err.println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more.");
    err.flush();
    return ExitCode.BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception failure, CommandLine line, ParseResult parsed) {
    PrintWriter err = line.getErr();
    int exit = exitCode(failure);
    if (failure instanceof CsvInputException badCsv) {
      String source = badCsv.getMessage().substring(0, badCsv.getMessage().indexOf(" has "));
      err.println("crashplan4j: " + badCsv.getMessage().lines().findFirst().orElse(""));
      badCsv.problems().forEach(problem -> err.println(source + ":" + problem.line() + ": " + problem.message()));
    } else if (failure instanceof OrgTreeException badTree) {
      String text = badTree.getMessage();
      err.println("crashplan4j: " + text.lines().findFirst().orElse(""));
      String source = text.contains(" has ") ? text.substring(0, text.indexOf(" has ")) : "the org tree";
      badTree.problems().forEach(problem -> err.println(source
          + (problem.line().isPresent() ? ":" + problem.line().getAsInt() : "") + ": " + problem.message()));
    } else {
      err.println("crashplan4j: " + message(failure));
    }
    if (verbose(parsed)) {
      failure.printStackTrace(err);
    }
    err.flush();
    return exit;
  }

  static int exitCode(Throwable failure) {
    if (failure instanceof CommandFailure judged) {
      return judged.exitCode();
    }
    if (failure instanceof UnauthorizedException) {
      return ExitCode.SIGN_IN_REFUSED;
    }
    if (failure instanceof TransportFailureException) {
      return ExitCode.UNREACHABLE;
    }
    if (failure instanceof CrashPlanException) {
      return ExitCode.SOME_FAILED;
    }
    if (failure instanceof IllegalArgumentException || failure instanceof UncheckedIOException) {
      return ExitCode.BAD_INPUT;
    }
    return ExitCode.SOME_FAILED;
  }

  static String message(Throwable failure) {
    String text = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    String oneLine = text.replaceAll("\\s*\\R\\s*", " ").strip();
    if (failure instanceof UnauthorizedException) {
      return "sign-in refused: " + oneLine;
    }
    if (failure instanceof TransportFailureException) {
      return "the console could not be reached: " + oneLine;
    }
    if (failure instanceof UncheckedIOException io && io.getCause() != null) {
      return oneLine + ": " + io.getCause().getMessage();
    }
    if (failure instanceof CommandFailure || failure instanceof CrashPlanException
        || failure instanceof IllegalArgumentException) {
      return oneLine;
    }
    return oneLine + " (" + failure.getClass().getSimpleName() + "; --verbose shows where)";
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
