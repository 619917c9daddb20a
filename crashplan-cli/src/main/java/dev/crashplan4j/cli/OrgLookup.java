package dev.crashplan4j.cli;

import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.error.OrgNotFoundException;
import dev.crashplan4j.core.error.SoughtOrg;
import java.util.List;

/**
 * Finds the org an argument names: {@code 42} (an id, else a uid of those digits),
 * {@code id:42}, {@code uid:880000000000007961} or {@code ext:CUST-1} (its external reference,
 * from the listing).
 */
final class OrgLookup {

  private final OrgService orgs;

  OrgLookup(OrgService orgs) {
    this.orgs = orgs;
  }

  /** Checks the form of {@code argument} before anything is sent; the message names the argument. */
  static void check(String argument) {
    String value = argument.strip();
    if (value.startsWith("ext:")) {
      if (value.length() == 4) {
        throw CommandFailure.badInput("ORG \"" + argument + "\": ext: needs the external reference after it");
      }
    } else if (value.startsWith("uid:")) {
      if (!value.substring(4).matches("\\d+")) {
        throw CommandFailure.badInput("ORG \"" + argument + "\": a uid is digits");
      }
    } else if (value.startsWith("id:")) {
      if (!value.substring(3).matches("\\d{1,18}")) {
        throw CommandFailure.badInput("ORG \"" + argument + "\": an id is a whole number");
      }
    } else if (!value.matches("\\d+")) {
      throw CommandFailure.badInput("ORG \"" + argument + "\" is not an org: give an id (42), a uid"
          + " (880000000000007961) or ext:EXTERNAL-REFERENCE");
    }
  }

  /**
   * The org {@code argument} names, as the console has it now.
   *
   * @throws OrgNotFoundException when no org has it
   * @throws CommandFailure (exit 1) when several orgs have the external reference
   */
  Org find(String argument) {
    check(argument);
    String value = argument.strip();
    if (value.startsWith("ext:")) {
      String reference = value.substring(4);
      List<Org> found = orgs.streamOrgs().filter(org -> org.externalReference().filter(reference::equals).isPresent())
          .limit(2).toList();
      if (found.isEmpty()) {
        throw new OrgNotFoundException(
            "find org ext:" + reference, SoughtOrg.described("external reference " + reference));
      }
      if (found.size() > 1) {
        throw new CommandFailure(ExitCode.SOME_FAILED, "several orgs have the external reference " + reference
            + " (" + found.get(0).id() + ", " + found.get(1).id() + "...): name one by id");
      }
      return found.get(0);
    }
    if (value.startsWith("uid:")) {
      return orgs.getByUid(OrgUid.of(value.substring(4)));
    }
    if (value.startsWith("id:")) {
      return orgs.getById(OrgId.of(Long.parseLong(value.substring(3))));
    }
    // Ids are small and uids 18 digits long, but nothing promises it: an id first, then a uid.
    if (value.length() <= 18) {
      try {
        return orgs.getById(OrgId.of(Long.parseLong(value)));
      } catch (OrgNotFoundException notAnId) {
        try {
          return orgs.getByUid(OrgUid.of(value));
        } catch (OrgNotFoundException notAUid) {
          throw new OrgNotFoundException("find org " + value, SoughtOrg.described("id or uid " + value));
        }
      }
    }
    return orgs.getByUid(OrgUid.of(value));
  }
}
