package dev.crashplan4j.cli;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.bulk.SettingsValues;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.settings.OrgSettings;
import dev.crashplan4j.core.settings.OrgSettingsEdit;
import dev.crashplan4j.core.settings.SettingsUpdateResult;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code crashplan4j orgs settings show|set ORG}: an org's backup settings. */
@Command(
    name = "settings",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = {"An org's settings: archive hold, user and quota limits, web restore, alert emails.", ""},
    subcommands = {SettingsCommand.Show.class, SettingsCommand.Set.class},
    footerHeading = "%nExamples:%n",
    footer = {
        "  crashplan4j orgs settings show ext:CUST-1",
        "  crashplan4j orgs settings set ext:CUST-1 --archive-hold-days 90"})
final class SettingsCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "give a command: show or set");
  }

  /** The settings by name, as {@code show} writes them. */
  static Map<String, Object> fields(OrgSettings settings) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("orgId", settings.orgId().value());
    fields.put("name", settings.name());
    fields.put("externalReference", settings.externalReference().orElse(null));
    fields.put("quotaSettingsInherited", settings.quotaSettingsInherited());
    fields.put("archiveHoldDays", settings.archiveHoldDays().orElse(null));
    fields.put("maxUsers", settings.maxUserSubscriptions().orElse(null));
    fields.put("orgBackupQuotaGb", settings.orgBackupQuotaGb().orElse(null));
    fields.put("userBackupQuotaGb", settings.userBackupQuotaGb().orElse(null));
    fields.put("webRestoreEnabled", settings.webRestoreEnabled().orElse(null));
    fields.put("webRestoreAdminLimitMb", settings.webRestoreAdminLimitMb().orElse(null));
    fields.put("webRestoreUserLimitMb", settings.webRestoreUserLimitMb().orElse(null));
    fields.put("reportingSettingsInherited", settings.reportingSettingsInherited());
    fields.put("backupWarningEmailDays", settings.backupWarningEmailDays().orElse(null));
    fields.put("backupCriticalEmailDays", settings.backupCriticalEmailDays().orElse(null));
    fields.put("backupAlertRecipientEmails", settings.backupAlertRecipientEmails());
    return fields;
  }

  /** {@code orgs settings show ORG}. */
  @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
      description = {"Shows the org's settings as the console has them (inherited ones included).", ""},
      footerHeading = "%nExamples:%n",
      footer = {"  crashplan4j orgs settings show 42", "  crashplan4j orgs settings show ext:CUST-1 --format json"})
  static final class Show extends ConsoleCommand {

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
    int run(CrashPlanClient client) throws IOException {
      Org found = new OrgLookup(client.orgs()).find(org);
      Map<String, Object> fields = fields(client.orgs().getSettings(found.id()));
      if (format == OutputFormat.JSON) {
        OrgView.JSON.writeValue(out(), fields);
        out().println();
      } else {
        int keyWidth = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
        fields.forEach((key, value) -> out().printf("%-" + keyWidth + "s  %s%n", key,
            value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : Objects.toString(value, "")));
      }
      out().flush();
      return ExitCode.DONE;
    }
  }

  /** {@code orgs settings set ORG}. */
  @Command(name = "set", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
      description = {"Changes the settings given, and only those: prints each change sent as 'name: old -> new';"
          + " a value the org already has sends nothing. Setting a quota value stops the org inheriting its"
          + " quota settings.", ""},
      footerHeading = "%nExamples:%n",
      footer = {"  crashplan4j orgs settings set 42 --archive-hold-days 90 --max-users -1",
          "  crashplan4j orgs settings set ext:CUST-1 --web-restore false \\",
          "      --alert-emails ops@example.com,it@example.com"})
  static final class Set extends ConsoleCommand {

    @Parameters(paramLabel = "ORG", description = "An id, a uid, id:N, uid:U or ext:EXTERNAL-REFERENCE.")
    String org;

    @Option(names = "--archive-hold-days", paramLabel = "N", description = "Days deleted files stay in archives, 1 or more.")
    Integer archiveHoldDays;

    @Option(names = "--max-users", paramLabel = "N", description = "How many users the org may have; -1 for no limit.")
    Integer maxUsers;

    @Option(names = "--org-quota-gb", paramLabel = "N", description = "The org's backup quota in GB; -1 for no limit.")
    Double orgQuotaGb;

    @Option(names = "--user-quota-gb", paramLabel = "N", description = "Each user's backup quota in GB; -1 for no limit.")
    Double userQuotaGb;

    @Option(names = "--web-restore", arity = "1", paramLabel = "true|false", converter = StrictBoolean.class,
        description = "Whether users may restore from the web.")
    Boolean webRestore;

    @Option(names = "--alert-emails", paramLabel = "a,b", split = ",",
        description = "Who receives backup alert emails, separated by commas.")
    List<String> alertEmails;

    private SettingsValues values;

    @Override
    void check() {
      OrgLookup.check(org);
      if (archiveHoldDays == null && maxUsers == null && orgQuotaGb == null && userQuotaGb == null && webRestore == null
          && alertEmails == null) {
        throw CommandFailure.badInput("nothing to set: give at least one of --archive-hold-days, --max-users,"
            + " --org-quota-gb, --user-quota-gb, --web-restore, --alert-emails");
      }
      try {
        values = SettingsValues.builder().archiveHoldDays(Optional.ofNullable(archiveHoldDays))
            .maxUsers(Optional.ofNullable(maxUsers)).orgBackupQuotaGb(Optional.ofNullable(orgQuotaGb))
            .userBackupQuotaGb(Optional.ofNullable(userQuotaGb)).webRestoreEnabled(Optional.ofNullable(webRestore))
            .backupAlertRecipientEmails(Optional.ofNullable(alertEmails)
                .map(emails -> emails.stream().map(String::strip).filter(email -> !email.isEmpty()).toList()))
            .build();
      } catch (IllegalArgumentException | IllegalStateException badValue) {
        throw CommandFailure.badInput(badValue.getMessage());
      }
    }

    @Override
    int run(CrashPlanClient client) {
      Org found = new OrgLookup(client.orgs()).find(org);
      OrgSettingsEdit edit = values.edit(client.orgs().getSettings(found.id()));
      List<String> changes = edit.changes();
      if (changes.isEmpty()) {
        err().println("org " + found.id() + " (" + found.name() + ") already has these settings: nothing sent");
        return ExitCode.DONE;
      }
      changes.forEach(out()::println);
      out().flush();
      SettingsUpdateResult result = client.orgs().updateSettings(edit);
      result.throwIfFailed();
      err().println("saved the settings of org " + found.id() + " (" + found.name() + ")");
      return ExitCode.DONE;
    }
  }

  /** {@code true} or {@code false}, nothing else (picocli's own takes anything else as false). */
  static final class StrictBoolean implements ITypeConverter<Boolean> {
    @Override
    public Boolean convert(String value) {
      String lower = value.strip().toLowerCase(Locale.ROOT);
      if (!lower.equals("true") && !lower.equals("false")) {
        throw new TypeConversionException("'" + value + "' is not true or false");
      }
      return Boolean.valueOf(lower);
    }
  }
}
