package dev.crashplan4j.cli;

import java.util.Arrays;

/**
 * Sets up the SDK's log (SLF4J Simple) before anything logs: warnings only, or with
 * {@code --verbose} the SDK's request log (one masked line per request, never a header or a
 * secret) and its retries, all on standard error, where no data goes.
 */
final class Logging {

  private Logging() {}

  /** Reads {@code --verbose} (or {@code -v}) from the raw arguments, since logging starts before parsing. */
  static void configure(String[] args) {
    boolean verbose = Arrays.stream(args).anyMatch(arg -> arg.equals("--verbose") || arg.equals("-v"));
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
    System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
    if (verbose) {
      System.setProperty("org.slf4j.simpleLogger.log.dev.crashplan4j", "debug");
    }
  }
}
