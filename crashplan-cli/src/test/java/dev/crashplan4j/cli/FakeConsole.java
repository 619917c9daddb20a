package dev.crashplan4j.cli;

import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeTenant;
import java.util.List;
import java.util.Optional;

/**
 * The fake console in the test JVM, one per test class: the command line runs as a process
 * against it, and the tests read its tenant to see what the commands did and inject faults.
 */
final class FakeConsole implements AutoCloseable {

  static final String CLIENT = "ci";
  static final String SECRET = "ci-secret";

  final FakeCrashPlanServer server;

  private FakeConsole(FakeCrashPlanServer server) {
    this.server = server;
  }

  /** A tenant with the root org and {@code orgs} orgs under it, and the API client {@code ci}. */
  static FakeConsole start(int orgs) {
    FakeTenant tenant = new FakeTenant();
    tenant.addOrgs(orgs);
    tenant.addApiClient(CLIENT, SECRET);
    return new FakeConsole(FakeCrashPlanServer.start(tenant));
  }

  Cli cli() {
    return Cli.against(server.baseUrl(), CLIENT, SECRET);
  }

  FakeTenant tenant() {
    return server.tenant();
  }

  List<Org> orgs() {
    return tenant().orgs();
  }

  Org org(long id) {
    return orgs().stream().filter(org -> org.id().value() == id).findFirst().orElseThrow();
  }

  Optional<Org> byReference(String reference) {
    return orgs().stream().filter(org -> org.externalReference().filter(reference::equals).isPresent()).findFirst();
  }

  @Override
  public void close() {
    server.close();
  }
}
