package dev.crashplan4j.cli;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.tree.OrgPlan;
import dev.crashplan4j.api.tree.OrgTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crashplan4j orgs plan --file TREE.yaml}: what the console must change to match a document. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = {"Prints what the console must change to match the org tree of a YAML or JSON document, one"
        + " line per change (+ create, ~ change, ! conflict, ? unmanaged), and writes nothing to the console."
        + " --out keeps the plan as JSON, for 'orgs apply --plan' after review.", ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  crashplan4j orgs plan --file orgs.yaml",
        "  crashplan4j orgs plan --file orgs.yaml --out plan.json"})
final class PlanCommand extends ConsoleCommand {

  @Option(names = "--file", required = true, paramLabel = "TREE.yaml",
      description = "The org tree: YAML, or JSON when the name ends with .json.")
  Path file;

  @Option(names = "--out", paramLabel = "PLAN.json", description = "Writes the plan there as JSON (replaced if it exists).")
  Path out;

  private OrgTree tree;

  @Override
  void check() {
    tree = Trees.read(file);
  }

  @Override
  int run(CrashPlanClient client) throws IOException {
    OrgPlan plan = client.orgs().tree().plan(tree);
    out().print(plan.print());
    out().flush();
    if (out != null) {
      Files.writeString(out, plan.toJson(), StandardCharsets.UTF_8);
      err().println("plan written to " + out + ": crashplan4j orgs apply --plan " + out);
    }
    return ExitCode.DONE;
  }
}
