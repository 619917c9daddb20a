package dev.crashplan4j.cli;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.bulk.BulkItem;
import dev.crashplan4j.api.bulk.BulkOperation;
import dev.crashplan4j.api.bulk.BulkOptions;
import dev.crashplan4j.api.bulk.BulkOutcome;
import dev.crashplan4j.api.bulk.BulkStop;
import dev.crashplan4j.api.bulk.BulkSummary;
import dev.crashplan4j.api.bulk.csv.BulkCsv;
import dev.crashplan4j.api.bulk.csv.BulkCsvReport;
import dev.crashplan4j.api.bulk.csv.CsvInput;
import dev.crashplan4j.api.bulk.csv.CsvRow;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crashplan4j orgs bulk OPERATION --file IN.csv --report OUT.csv}: one operation on each
 * row of a CSV, a few in flight at once, every row accounted for in a report written as it goes.
 */
@Command(
    name = "bulk",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = {"Runs one operation on every row of a CSV file with the SDK's retries and sign-in: the file is"
        + " checked whole before anything is sent; a row already so sends nothing; the report has the input's"
        + " columns, then outcome (done, already, failed, unknown, not-started), orgId, orgUid, error and operation.",
        "Columns: orgId, orgUid or externalReference name the org (for create, externalReference is the new"
            + " org's); name, parentOrgUid or parentExternalReference, notes; for settings archiveHoldDays,"
            + " maxUsers, orgBackupQuotaGb, userBackupQuotaGb, webRestoreEnabled, backupAlertRecipientEmails.", ""},
    subcommands = {BulkCommand.Create.class, BulkCommand.Block.class, BulkCommand.Unblock.class,
        BulkCommand.Deactivate.class, BulkCommand.Reactivate.class, BulkCommand.Update.class,
        BulkCommand.Settings.class},
    footerHeading = "%nExamples:%n",
    footer = {
        "  crashplan4j orgs bulk create --file new.csv --report created.csv --concurrency 8",
        "  crashplan4j orgs bulk block --file gone.csv --report blocked.csv --dry-run",
        "  crashplan4j orgs bulk block --file departed.csv --report blocked-2.csv \\",
        "      --resume blocked.csv",
        "",
        "Exit codes: 0 every row done or already so; 1 some failed, unknown or",
        "not started; 2 a bad file or option, nothing sent."})
final class BulkCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "give an operation: " + String.join(", ", spec.subcommands().keySet()));
  }

  /** One bulk operation: the options every operation shares. */
  abstract static class Operation extends ConsoleCommand {

    @Option(names = "--file", required = true, paramLabel = "IN.csv", description = "The rows, with a header row.")
    Path file;

    @Option(names = "--report", required = true, paramLabel = "OUT.csv",
        description = "Where to write the report, a row per input row as each finishes (replaced if it exists).")
    Path report;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
        description = "How many rows in flight at once, 1 to 64. Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--dry-run", description = "Sends no change: reads what it needs and reports what each row would"
        + " send (column wouldSend).")
    boolean dryRun;

    @Option(names = "--resume", paramLabel = "OUT.csv", description = "The report of an earlier run of this file with the"
        + " same operation: the rows it did (done, already) are carried over, not sent again.")
    Path resume;

    @Option(names = "--max-failures", paramLabel = "N", description = "Stops starting rows after N failed or unknown.")
    Integer maxFailures;

    private final BulkOperation operation;
    private CsvInput input;
    private Map<BulkItem, BulkOutcome> resumed = Map.of();

    Operation(BulkOperation operation) {
      this.operation = operation;
    }

    @Override
    void check() throws IOException {
      if (concurrency < 1 || concurrency > BulkOptions.MAX_CONCURRENCY) {
        throw CommandFailure.badInput("--concurrency must be 1 to " + BulkOptions.MAX_CONCURRENCY + ", was " + concurrency);
      }
      if (maxFailures != null && maxFailures < 1) {
        throw CommandFailure.badInput("--max-failures must be at least 1, was " + maxFailures);
      }
      if (!Files.isRegularFile(file)) {
        throw CommandFailure.badInput("--file: there is no file " + file);
      }
      if (Files.exists(report) && Files.isSameFile(report, file)) {
        throw CommandFailure.badInput("--report is the input file " + file + ": give another");
      }
      if (resume != null) {
        try (Reader earlier = Files.newBufferedReader(resume, StandardCharsets.UTF_8)) {
          resumed = BulkCsv.resumable(earlier, operation);
        } catch (NoSuchFileException missing) {
          throw CommandFailure.badInput("--resume: there is no report " + resume);
        } catch (IllegalArgumentException notAReport) {
          throw CommandFailure.badInput("--resume " + resume + ": " + notAReport.getMessage());
        }
      }
      input = BulkCsv.open(file, operation);
      if (report.toAbsolutePath().getParent() != null && !Files.isDirectory(report.toAbsolutePath().getParent())) {
        throw CommandFailure.badInput("--report: there is no folder " + report.toAbsolutePath().getParent());
      }
    }

    @Override
    int run(CrashPlanClient client) throws IOException {
      BulkProgressView progress = BulkProgressView.forStandardError(err(), environment());
      BulkOptions.Builder options = BulkOptions.builder().concurrency(concurrency).dryRun(dryRun).resumed(resumed)
          .expectedItems(input.size()).listener(progress);
      if (maxFailures != null) {
        options.maxFailures(maxFailures);
      }
      BulkSummary summary;
      try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8);
          BulkCsvReport rows = BulkCsv.report(out, input.header(), dryRun);
          Stream<CsvRow> items = input.rows()) {
        summary = client.orgs().bulk().run(items, CsvRow::item, options.build(), rows);
      }
      err().println((dryRun ? "dry run, nothing changed: " : "") + summary + "; report: " + report);
      if (summary.stop() == BulkStop.FAILURE_BUDGET_SPENT) {
        err().println("stopped after " + maxFailures + " failures: rerun with --resume " + report + " to do the rest");
      }
      err().flush();
      boolean clean = summary.failed() + summary.unknown() == 0 && summary.stop() == BulkStop.COMPLETED;
      return clean ? ExitCode.DONE : ExitCode.SOME_FAILED;
    }
  }

  /** {@code orgs bulk create}. */
  @Command(name = "create", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
      description = {"Creates an org per row (name; externalReference, notes, parentOrgUid or parentExternalReference,"
          + " even of an org an earlier row creates); one whose externalReference an org has is already so.", ""},
      footerHeading = "%nExamples:%n",
      footer = {"  printf 'name,externalReference\\nAcme,CUST-1\\n' > new.csv",
          "  crashplan4j orgs bulk create --file new.csv --report created.csv"})
  static final class Create extends Operation {
    Create() {
      super(BulkOperation.CREATE);
    }
  }

  /** {@code orgs bulk block}. */
  @Command(name = "block", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
      description = {"Blocks the org of each row (orgId, orgUid or externalReference).", ""},
      footerHeading = "%nExamples:%n",
      footer = {"  crashplan4j orgs bulk block --file departed.csv --report blocked.csv \\",
          "      --max-failures 20"})
  static final class Block extends Operation {
    Block() {
      super(BulkOperation.BLOCK);
    }
  }

  /** {@code orgs bulk unblock}. */
  @Command(name = "unblock", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
      description = {"Lifts the block on the org of each row.", ""},
      footerHeading = "%nExamples:%n", footer = {"  crashplan4j orgs bulk unblock --file back.csv --report unblocked.csv"})
  static final class Unblock extends Operation {
    Unblock() {
      super(BulkOperation.UNBLOCK);
    }
  }

  /** {@code orgs bulk deactivate}. */
  @Command(name = "deactivate", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
      description = {"Deactivates the org of each row.", ""},
      footerHeading = "%nExamples:%n",
      footer = {"  crashplan4j orgs bulk deactivate --file closed.csv --report off.csv"})
  static final class Deactivate extends Operation {
    Deactivate() {
      super(BulkOperation.DEACTIVATE);
    }
  }

  /** {@code orgs bulk reactivate}. */
  @Command(name = "reactivate", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
      description = {"Reactivates the org of each row.", ""},
      footerHeading = "%nExamples:%n",
      footer = {"  crashplan4j orgs bulk reactivate --file reopened.csv --report on.csv"})
  static final class Reactivate extends Operation {
    Reactivate() {
      super(BulkOperation.REACTIVATE);
    }
  }

  /** {@code orgs bulk update}. */
  @Command(name = "update", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
      description = {"Changes name, notes or externalReference of the org of each row (by orgId or orgUid, when"
          + " externalReference is the new one); a row that changes nothing is already so.", ""},
      footerHeading = "%nExamples:%n",
      footer = {"  printf 'externalReference,notes\\nCUST-1,renewed\\n' > notes.csv",
          "  crashplan4j orgs bulk update --file notes.csv --report updated.csv"})
  static final class Update extends Operation {
    Update() {
      super(BulkOperation.UPDATE);
    }
  }

  /** {@code orgs bulk settings}. */
  @Command(name = "settings", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
      description = {"Sets the settings columns of each row on its org; values it already has send nothing.", ""},
      footerHeading = "%nExamples:%n",
      footer = {"  printf 'externalReference,archiveHoldDays\\nCUST-1,90\\n' > s.csv",
          "  crashplan4j orgs bulk settings --file s.csv --report settings-report.csv"})
  static final class Settings extends Operation {
    Settings() {
      super(BulkOperation.SETTINGS);
    }
  }
}
