package dev.crashplan4j.core.port;

import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.OrgGuid;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CrashPlanTransport#createOrg} sends in its {@code POST /api/v3/orgs}: the new org,
 * and the guid of the org to create it under, resolved by the service from the new org's parent
 * uid (the console's top org when absent).
 *
 * <pre>{@code
 * CreateOrgRequest.of(NewOrg.builder().name("Sales").build()).under(OrgGuid.of("9a1f..."))
 * }</pre>
 */
public final class CreateOrgRequest {

  private final NewOrg newOrg;
  private final Optional<OrgGuid> parent;

  private CreateOrgRequest(NewOrg newOrg, Optional<OrgGuid> parent) {
    this.newOrg = Objects.requireNonNull(newOrg, "newOrg");
    this.parent = parent;
  }

  /** A create of {@code newOrg} under the tenant's top org. */
  public static CreateOrgRequest of(NewOrg newOrg) {
    return new CreateOrgRequest(newOrg, Optional.empty());
  }

  /** The same create, under the org with guid {@code parent}. */
  public CreateOrgRequest under(OrgGuid parent) {
    return new CreateOrgRequest(newOrg, Optional.of(Objects.requireNonNull(parent, "parent")));
  }

  /** The same create, under {@code parent} when present, else under the tenant's top org. */
  public CreateOrgRequest under(Optional<OrgGuid> parent) {
    return new CreateOrgRequest(newOrg, Objects.requireNonNull(parent, "parent"));
  }

  /** The org to create: its name, and optionally its external reference and notes. */
  public NewOrg newOrg() {
    return newOrg;
  }

  /** The guid of the org to create it under; empty for the tenant's top org. */
  public Optional<OrgGuid> parent() {
    return parent;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreateOrgRequest that && newOrg.equals(that.newOrg) && parent.equals(that.parent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(newOrg, parent);
  }

  @Override
  public String toString() {
    return "CreateOrgRequest{" + newOrg + parent.map(guid -> " under " + guid).orElse("") + "}";
  }
}
