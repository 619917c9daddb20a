package dev.crashplan4j.cli;

/** What the process's exit code says; the same for every command. */
public final class ExitCode {

  /** Everything asked was done (or was already so). */
  public static final int DONE = 0;
  /** Some items failed or their outcome is unknown; the report says which. */
  public static final int SOME_FAILED = 1;
  /** Bad usage or a bad input file: nothing was sent. */
  public static final int BAD_INPUT = 2;
  /** The console refused the sign-in. */
  public static final int SIGN_IN_REFUSED = 3;
  /** The console could not be reached. */
  public static final int UNREACHABLE = 4;

  private ExitCode() {}
}
