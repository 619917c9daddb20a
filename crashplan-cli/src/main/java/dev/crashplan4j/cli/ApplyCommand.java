package dev.crashplan4j.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.bulk.BulkOptions;
import dev.crashplan4j.api.tree.ApplyReport;
import dev.crashplan4j.api.tree.ChangeResult;
import dev.crashplan4j.api.tree.OrgPlan;
import dev.crashplan4j.api.tree.OrgTree;
import dev.crashplan4j.core.domain.OrgRef;
import java.io.Console;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crashplan4j orgs apply}: the plan of a document (made now) or a plan kept as JSON, each
 * change checked against the console first, asked for before anything is sent.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = {"Applies the plan of an org tree (--file, planned now) or a plan kept by 'orgs plan --out'"
        + " (--plan): prints it, asks before sending anything unless --yes (and without a terminal refuses"
        + " unless --yes), then prints the outcome of each change: done, already, stale (the org moved on since"
        + " the plan: plan again), failed, unknown, not-started or not-sent (conflicts, unmanaged orgs).", ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  crashplan4j orgs apply --file orgs.yaml",
        "  crashplan4j orgs apply --plan plan.json --yes --report applied.csv",
        "",
        "Exit codes: 0 every change applied (or already so); 1 some stale, failed, unknown",
        "or not started, or the apply was declined; 2 a bad document, or no terminal to",
        "ask on without --yes."})
final class ApplyCommand extends ConsoleCommand {

  /** Where the plan comes from: one of the two. */
  static final class Source {
    @Option(names = "--file", required = true, paramLabel = "TREE.yaml", description = "The org tree, planned now.")
    Path file;

    @Option(names = "--plan", required = true, paramLabel = "PLAN.json", description = "A plan 'orgs plan --out' wrote.")
    Path plan;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--yes", description = "Applies without asking.")
  boolean yes;

  @Option(names = "--report", paramLabel = "OUT.csv", description = "Writes a row per change: externalReference,"
      + " action, outcome, orgId, error.")
  Path report;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
      description = "How many changes in flight at once, 1 to 64. Default: ${DEFAULT-VALUE}.")
  int concurrency;

  private OrgPlan kept;
  private OrgTree tree;

  @Override
  void check() {
    if (concurrency < 1 || concurrency > BulkOptions.MAX_CONCURRENCY) {
      throw CommandFailure.badInput("--concurrency must be 1 to " + BulkOptions.MAX_CONCURRENCY + ", was " + concurrency);
    }
    if (!yes && !Terminal.interactive()) {
      throw CommandFailure.badInput("there is no terminal to ask on before applying: review the plan"
          + " ('orgs plan'), then give --yes");
    }
    if (source.plan != null) {
      kept = Trees.plan(source.plan);
    } else {
      tree = Trees.read(source.file);
    }
  }

  @Override
  int run(CrashPlanClient client) throws IOException {
    OrgPlan plan = kept != null ? kept : client.orgs().tree().plan(tree);
    out().print(plan.print());
    out().flush();
    if (plan.isEmpty()) {
      err().println("nothing to apply");
      return ExitCode.DONE;
    }
    if (!yes && !confirmed(plan)) {
      err().println("not applied: nothing was sent");
      return ExitCode.SOME_FAILED;
    }
    ApplyReport applied = client.orgs().tree().apply(plan, BulkOptions.builder().concurrency(concurrency)
        .listener(BulkProgressView.forStandardError(err(), environment())).build());
    out().print(applied.print());
    out().flush();
    if (report != null) {
      write(applied.results(), report);
      err().println("report: " + report);
    }
    return applied.allApplied() ? ExitCode.DONE : ExitCode.SOME_FAILED;
  }

  private boolean confirmed(OrgPlan plan) {
    Console console = Terminal.console().orElseThrow(() -> CommandFailure.badInput("there is no terminal to ask on"));
    // Unmanaged orgs and conflicts are listed in the plan but send nothing: not changes to agree to.
    long sent = plan.changes().stream().filter(change -> change.action().sent()).count();
    String answer = console.readLine("Apply %d change(s) to %s? [y/N] ", sent, connectionUrl());
    return answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
  }

  private String connectionUrl() {
    return connection.url != null ? connection.url : "the console";
  }

  private static void write(List<ChangeResult> results, Path file) throws IOException {
    CsvSchema schema = CsvSchema.builder().setUseHeader(true).addColumn("externalReference").addColumn("action")
        .addColumn("outcome").addColumn("orgId").addColumn("error").build();
    CsvMapper csv = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        SequenceWriter rows = csv.writerFor(List.class).with(schema).writeValues(out)) {
      for (ChangeResult result : results) {
        String error = result.reason().or(() -> result.failure().map(Throwable::getMessage)).orElse("");
        rows.write(List.of(result.change().externalReference().orElse(""), result.change().action().wireName(),
            result.outcome().wireName(), result.org().map(OrgRef::id).map(Object::toString).orElse(""),
            error.replaceAll("\\s+", " ")));
      }
    }
  }
}
