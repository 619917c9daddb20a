package dev.crashplan4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crashplan4j orgs}: the tenant's organizations, one at a time or in bulk. */
@Command(
    name = "orgs",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = {"The tenant's organizations: list, show, create, block, unblock, deactivate, reactivate, update,"
        + " their settings, bulk work from CSV, and orgs as code (plan, apply).",
        "ORG is an id (42), a uid (880000000000007961), id:N, uid:U or ext:EXTERNAL-REFERENCE.", ""},
    subcommands = {ListCommand.class, ShowCommand.class, CreateCommand.class, StateChangeCommand.Block.class,
        StateChangeCommand.Unblock.class, StateChangeCommand.Deactivate.class, StateChangeCommand.Reactivate.class,
        UpdateCommand.class, SettingsCommand.class, BulkCommand.class, PlanCommand.class, ApplyCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
        "  crashplan4j orgs list --format csv > orgs.csv",
        "  crashplan4j orgs block ext:CUST-1 ext:CUST-2",
        "  crashplan4j orgs bulk deactivate --file gone.csv --report gone-report.csv",
        "  crashplan4j orgs plan --file orgs.yaml"})
final class OrgsCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "give a command: " + String.join(", ", spec.subcommands().keySet()));
  }
}
