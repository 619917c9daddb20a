package dev.crashplan4j.cli;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crashplan4j orgs create}: a new org, under the top org or a parent. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = {"Creates an org and prints it as the console created it. With --ext-ref, a create whose answer"
        + " is lost is looked for before it is sent again, so it is never made twice.", ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  crashplan4j orgs create --name 'Acme Sales' --parent ext:CUST-1 \\",
        "      --ext-ref CUST-1-SALES",
        "  crashplan4j orgs create --name Lab --notes 'test devices' --format json"})
final class CreateCommand extends ConsoleCommand {

  @Option(names = "--name", required = true, paramLabel = "N", description = "The new org's name.")
  String name;

  @Option(names = "--parent", paramLabel = "ORG", description = "The org to create it under. Default: the top org.")
  String parent;

  @Option(names = "--ext-ref", paramLabel = "R", description = "Its external reference.")
  String externalReference;

  @Option(names = "--notes", paramLabel = "T", description = "Its notes.")
  String notes;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.TableOrJson.class, description = "table or json. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Override
  void check() {
    if (name.isBlank()) {
      throw CommandFailure.badInput("--name must not be blank");
    }
    if (parent != null) {
      OrgLookup.check(parent);
    }
    if (externalReference != null && externalReference.isBlank()) {
      throw CommandFailure.badInput("--ext-ref must not be blank");
    }
    Formats.tableOrJson(format);
  }

  @Override
  int run(CrashPlanClient client) {
    NewOrg.Builder newOrg = NewOrg.builder().name(name.strip()).externalReference(Optional.ofNullable(externalReference))
        .notes(Optional.ofNullable(notes));
    if (parent != null) {
      newOrg.parentOrgUid(new OrgLookup(client.orgs()).find(parent).uid());
    }
    Org created = client.orgs().createOrg(newOrg.build());
    err().println("created org " + created.id() + " (" + created.name() + ")");
    ShowCommand.write(created, format, this);
    return ExitCode.DONE;
  }
}
