package dev.crashplan4j.cli;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgUpdate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crashplan4j orgs update ORG}: a new name, notes or external reference. */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = {"Changes the org's name, notes or external reference, leaving the rest as it is, and prints the"
        + " org as the console now has it.", ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  crashplan4j orgs update ext:CUST-1 --name 'Acme Corp' --notes renewed",
        "  crashplan4j orgs update 42 --ext-ref CUST-42"})
final class UpdateCommand extends ConsoleCommand {

  @Parameters(paramLabel = "ORG", description = "An id, a uid, id:N, uid:U or ext:EXTERNAL-REFERENCE.")
  String org;

  @Option(names = "--name", paramLabel = "N", description = "The new name.")
  String name;

  @Option(names = "--notes", paramLabel = "T", description = "The new notes.")
  String notes;

  @Option(names = "--ext-ref", paramLabel = "R", description = "The new external reference.")
  String externalReference;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.TableOrJson.class, description = "table or json. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Override
  void check() {
    OrgLookup.check(org);
    if (name == null && notes == null && externalReference == null) {
      throw CommandFailure.badInput("nothing to update: give --name, --notes or --ext-ref");
    }
    if (name != null && name.isBlank()) {
      throw CommandFailure.badInput("--name must not be blank");
    }
    Formats.tableOrJson(format);
  }

  @Override
  int run(CrashPlanClient client) {
    Org found = new OrgLookup(client.orgs()).find(org);
    OrgUpdate update = OrgUpdate.builder().name(Optional.ofNullable(name).map(String::strip))
        .notes(Optional.ofNullable(notes)).externalReference(Optional.ofNullable(externalReference)).build();
    Org updated = client.orgs().updateOrg(found.id(), update);
    err().println("updated org " + updated.id() + " (" + updated.name() + ")");
    ShowCommand.write(updated, format, this);
    return ExitCode.DONE;
  }
}
