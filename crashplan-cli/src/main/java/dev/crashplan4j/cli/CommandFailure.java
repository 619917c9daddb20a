package dev.crashplan4j.cli;

/**
 * A command that cannot go on, with the one line to tell the user and the exit code to end on:
 * bad input found before anything is sent, or an outcome that the command judged.
 */
public final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /** A failure that ends the process with {@code exitCode}, telling {@code message}. */
  public CommandFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** Bad usage or input: exit 2. */
  public static CommandFailure badInput(String message) {
    return new CommandFailure(ExitCode.BAD_INPUT, message);
  }

  /** The exit code the process ends on. */
  public int exitCode() {
    return exitCode;
  }
}
