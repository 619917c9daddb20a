package dev.crashplan4j.cli;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crashplan4j orgs list}: every org of the tenant, one page request at a time. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = {"Lists the tenant's orgs: a table fitting the terminal ($COLUMNS, else its width, else 80), CSV"
        + " with a header row, or one JSON array. --blocked and --deactivated keep only the orgs that are"
        + " (both: that are both).", ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  crashplan4j orgs list",
        "  crashplan4j orgs list --blocked --format csv > blocked.csv",
        "  crashplan4j orgs list --format json | jq '.[] | select(.blocked) | .orgId'"})
final class ListCommand extends ConsoleCommand {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.Names.class,
      description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = "--blocked", description = "Only blocked orgs.")
  boolean blocked;

  @Option(names = "--deactivated", description = "Only deactivated orgs.")
  boolean deactivated;

  @Override
  int run(CrashPlanClient client) {
    Predicate<Org> kept = org -> (!blocked || org.blocked()) && (!deactivated || org.status() == OrgStatus.DEACTIVATED);
    ListingProgress progress = new ListingProgress(err(), Terminal.stderrIsTerminal());
    switch (format) {
      case JSON -> {
        try (OrgView.JsonArray array = new OrgView.JsonArray(out())) {
          each(client, kept, progress, array::write);
        }
        out().println();
      }
      case CSV -> {
        try (OrgView.CsvRows rows = new OrgView.CsvRows(out())) {
          each(client, kept, progress, rows::write);
        }
      }
      case TABLE -> {
        List<Org> orgs = new ArrayList<>();
        each(client, kept, progress, orgs::add);
        OrgView.table(orgs, Terminal.width(environment()), out());
      }
    }
    out().flush();
    return ExitCode.DONE;
  }

  private static void each(CrashPlanClient client, Predicate<Org> kept, ListingProgress progress, Consumer<Org> write) {
    try (var pages = client.orgs().getAll()) {
      pages.forEach((OrgPage page) -> {
        page.orgs().stream().filter(kept).forEach(write);
        progress.page(page);
      });
    }
    progress.end();
  }
}
