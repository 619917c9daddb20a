package dev.crashplan4j.cli;

import dev.crashplan4j.api.CrashPlanClient;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that speaks to the console: checks its input first, then signs in lazily (on the
 * first request) with the connection options, its own or {@code crashplan4j}'s.
 */
abstract class ConsoleCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ConnectionOptions connection = new ConnectionOptions();

  @Override
  public final Integer call() throws Exception {
    check();
    RootCommand root = (RootCommand) spec.root().userObject();
    try (CrashPlanClient client = new Connection(connection.or(root.connection), root.environment).open()) {
      return run(client);
    }
  }

  /** Checks the input before anything is sent; throws {@link CommandFailure} with exit 2. */
  void check() throws Exception {}

  /** Does the command's work and returns the exit code. */
  abstract int run(CrashPlanClient client) throws Exception;

  /** Where data goes. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Where everything else goes. */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  UnaryOperator<String> environment() {
    return ((RootCommand) spec.root().userObject()).environment;
  }
}
