package dev.crashplan4j.cli;

import java.io.PrintWriter;

/**
 * The {@code crashplan4j} program: the command line for CrashPlan admins. Data goes to standard
 * output, everything else to standard error; the exit code is one of {@link ExitCode}.
 */
public final class CrashPlan4j {

  private CrashPlan4j() {}

  /** Runs the command the arguments name against the console and exits with its code. */
  public static void main(String[] args) {
    Logging.configure(args);
    PrintWriter out = new PrintWriter(System.out, false, Terminal.charset());
    PrintWriter err = new PrintWriter(System.err, true, Terminal.charset());
    int exit = RootCommand.commandLine(out, err, System::getenv).execute(args);
    out.flush();
    err.flush();
    System.exit(exit);
  }
}
