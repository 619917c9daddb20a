package dev.crashplan4j.cli;

import java.io.PrintWriter;
import java.util.function.UnaryOperator;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crashplan4j}: the command line's root, whose commands are {@code orgs} and {@code generate-completion}. */
@Command(
    name = "crashplan4j",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    subcommands = {OrgsCommand.class, AutoComplete.GenerateCompletion.class},
    description = {"The command line for CrashPlan admins: every org operation, and bulk work from CSV with"
        + " retries, dry run and resume.", ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  export CRASHPLAN_URL=https://console.us1.crashplan.com",
        "  export CRASHPLAN_CLIENT_ID=key-6f2a CRASHPLAN_CLIENT_SECRET=...",
        "  crashplan4j orgs list --blocked",
        "  crashplan4j --profile prod orgs show ext:CUST-1",
        "  source <(crashplan4j generate-completion)",
        "",
        "Exit codes: 0 all done; 1 some items failed or are unknown;",
        "2 bad usage or a bad input file; 3 sign-in refused;",
        "4 the console could not be reached."})
final class RootCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Mixin
  ConnectionOptions connection = new ConnectionOptions();

  final UnaryOperator<String> environment;

  RootCommand(UnaryOperator<String> environment) {
    this.environment = environment;
  }

  /** The command line, writing data to {@code out} and everything else to {@code err}. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, UnaryOperator<String> environment) {
    CommandLine line = new CommandLine(new RootCommand(environment));
    line.setOut(out);
    line.setErr(err);
    FailureReport failures = new FailureReport();
    line.setExecutionExceptionHandler(failures);
    line.setParameterExceptionHandler(failures);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setUsageHelpWidth(Math.max(80, Math.min(Terminal.width(environment), 120)));
    line.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false)
        .footerHeading("%nExamples:%n")
        .footer("  source <(crashplan4j generate-completion)",
            "  crashplan4j generate-completion > /etc/bash_completion.d/crashplan4j");
    return line;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "give a command: orgs, or generate-completion");
  }

  /** The version the jar's manifest gives. */
  static String version() {
    String version = RootCommand.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /** What {@code --version} prints. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"crashplan4j " + version() + " (Java " + Runtime.version() + ")"};
    }
  }
}
