package dev.crashplan4j.cli;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.core.domain.Org;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crashplan4j orgs show ORG}: one org as the console has it. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = {"Shows one org: its ids, name, external reference, state, parent and dates.", ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  crashplan4j orgs show 42",
        "  crashplan4j orgs show ext:CUST-1 --format json"})
final class ShowCommand extends ConsoleCommand {

  @Parameters(paramLabel = "ORG", description = "An id, a uid, id:N, uid:U or ext:EXTERNAL-REFERENCE.")
  String org;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.TableOrJson.class, description = "table or json. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Override
  void check() {
    OrgLookup.check(org);
    Formats.tableOrJson(format);
  }

  @Override
  int run(CrashPlanClient client) {
    write(new OrgLookup(client.orgs()).find(org), format, this);
    return ExitCode.DONE;
  }

  static void write(Org org, OutputFormat format, ConsoleCommand command) {
    if (format == OutputFormat.JSON) {
      OrgView.json(org, command.out());
    } else {
      OrgView.details(org, command.out());
    }
  }
}
