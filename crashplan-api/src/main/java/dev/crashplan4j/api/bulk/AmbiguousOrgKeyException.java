package dev.crashplan4j.api.bulk;

import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.error.AnswerBody;
import dev.crashplan4j.core.error.CrashPlanException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An item named its org by an external reference that several orgs of the tenant have (the
 * console does not keep them unique): nothing was sent for it. Name the org by id or uid.
 */
public class AmbiguousOrgKeyException extends CrashPlanException {

  private static final long serialVersionUID = 1L;

  private final transient OrgKey key;
  private final transient List<OrgId> orgs;

  /** The failure of {@code operation}, whose {@code key} names all of {@code orgs}. */
  public AmbiguousOrgKeyException(String operation, OrgKey key, List<OrgId> orgs) {
    super(operation, 0, AnswerBody.none(), orgs.size() + " orgs have " + key + " (ids "
        + orgs.stream().map(OrgId::toString).collect(Collectors.joining(", ")) + "): name the org by id or uid", null);
    this.key = key;
    this.orgs = List.copyOf(orgs);
  }

  /** The key that named several orgs. */
  public OrgKey key() {
    return key;
  }

  /** The orgs it names, by id. */
  public List<OrgId> orgs() {
    return orgs;
  }
}
