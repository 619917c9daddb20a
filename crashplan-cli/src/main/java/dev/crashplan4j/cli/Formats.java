package dev.crashplan4j.cli;

/** The checks on {@code --format} that its type cannot make. */
final class Formats {

  private Formats() {}

  /** A command that shows one thing has no CSV. */
  static void tableOrJson(OutputFormat format) {
    if (format == OutputFormat.CSV) {
      throw CommandFailure.badInput("--format: this command writes table or json, not csv");
    }
  }
}
