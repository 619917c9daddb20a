package com.example.offboarding;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.core.domain.Org;
import java.util.List;
import java.util.stream.Collectors;

/** Blocks the orgs of a customer who left: the orgs whose external reference names them. */
public final class OffboardingJob {

  private final CrashPlanClient client;

  /** A job that acts through {@code client}. */
  public OffboardingJob(CrashPlanClient client) {
    this.client = client;
  }

  /** Blocks every org of {@code customer} (their sub-orgs with them) and returns the ones blocked. */
  public List<Org> offboard(String customer) {
    List<Org> theirs = client.orgs().streamOrgs()
        .filter(org -> org.externalReference().filter(customer::equals).isPresent())
        .collect(Collectors.toList());
    theirs.forEach(org -> client.orgs().block(org.id()));
    return theirs;
  }
}
