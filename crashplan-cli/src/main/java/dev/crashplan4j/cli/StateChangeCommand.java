package dev.crashplan4j.cli;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgStatus;
import dev.crashplan4j.core.error.CrashPlanException;
import dev.crashplan4j.core.error.TransportFailureException;
import dev.crashplan4j.core.error.UnauthorizedException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code crashplan4j orgs block|unblock|deactivate|reactivate ORG...}: each org in turn; one
 * already so is left alone, one that fails does not stop the others (exit 1 at the end).
 */
abstract class StateChangeCommand extends ConsoleCommand {

  @Parameters(paramLabel = "ORG", arity = "1..*", description = "Ids, uids, id:N, uid:U or ext:EXTERNAL-REFERENCE.")
  List<String> orgs;

  private final String done;
  private final Predicate<Org> already;
  private final BiConsumer<OrgService, Org> change;

  StateChangeCommand(String done, Predicate<Org> already, BiConsumer<OrgService, Org> change) {
    this.done = done;
    this.already = already;
    this.change = change;
  }

  @Override
  void check() {
    orgs.forEach(OrgLookup::check);
  }

  @Override
  int run(CrashPlanClient client) {
    OrgLookup lookup = new OrgLookup(client.orgs());
    int failed = 0;
    for (String argument : orgs) {
      try {
        Org org = lookup.find(argument);
        if (already.test(org)) {
          err().println("org " + org.id() + " (" + org.name() + ") is already " + done + ": nothing sent");
        } else {
          change.accept(client.orgs(), org);
          err().println(done + " org " + org.id() + " (" + org.name() + ")");
        }
      } catch (UnauthorizedException | TransportFailureException whole) {
        // The next org would meet the same: the run ends with the exit code of the cause.
        throw whole;
      } catch (CrashPlanException | CommandFailure one) {
        failed++;
        err().println("crashplan4j: " + argument + ": " + FailureReport.message(one));
      }
    }
    err().flush();
    return failed == 0 ? ExitCode.DONE : ExitCode.SOME_FAILED;
  }

  /** {@code orgs block}. */
  @Command(name = "block", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
      description = {"Blocks each org and so its descendants: their users and devices can no longer log in;"
          + " backups go on.", ""},
      footerHeading = "%nExamples:%n", footer = {"  crashplan4j orgs block 42 ext:CUST-7"})
  static final class Block extends StateChangeCommand {
    Block() {
      super("blocked", Org::blocked, (service, org) -> service.block(org.id()));
    }
  }

  /** {@code orgs unblock}. */
  @Command(name = "unblock", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
      description = {"Lifts the block on each org and its descendants; users blocked one by one stay blocked.", ""},
      footerHeading = "%nExamples:%n", footer = {"  crashplan4j orgs unblock ext:CUST-7"})
  static final class Unblock extends StateChangeCommand {
    Unblock() {
      super("unblocked", org -> !org.blocked(), (service, org) -> service.unblock(org.id()));
    }
  }

  /** {@code orgs deactivate}. */
  @Command(name = "deactivate", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
      description = {"Deactivates each org with its users, plans and devices: backups stop, archives go to cold"
          + " storage.", ""},
      footerHeading = "%nExamples:%n", footer = {"  crashplan4j orgs deactivate uid:880000000000007961"})
  static final class Deactivate extends StateChangeCommand {
    Deactivate() {
      super("deactivated", org -> org.status() == OrgStatus.DEACTIVATED, (service, org) -> service.deactivate(org.id()));
    }
  }

  /** {@code orgs reactivate}. */
  @Command(name = "reactivate", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
      description = {"Reactivates each org; backups do not restart by themselves.", ""},
      footerHeading = "%nExamples:%n", footer = {"  crashplan4j orgs reactivate 42"})
  static final class Reactivate extends StateChangeCommand {
    Reactivate() {
      super("reactivated", org -> org.status() == OrgStatus.ACTIVE, (service, org) -> service.reactivate(org.id()));
    }
  }
}
