package dev.crashplan4j.benchmarks;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.testkit.FakeCrashPlanServer;

/**
 * What each benchmark runs against: the fake console on loopback with a tenant of a given size,
 * the SDK's client and the hand-written baseline, both signed in as the same API client.
 */
final class BenchConsole implements AutoCloseable {

  static final String CLIENT_ID = "bench";
  static final String SECRET = "bench-secret";

  final FakeCrashPlanServer server;
  final CrashPlanClient client;
  final Baseline baseline;

  private BenchConsole(int orgs) {
    server = FakeCrashPlanServer.start().addApiClient(CLIENT_ID, SECRET);
    server.tenant().addOrgs(orgs - 1);
    client = CrashPlanClient.builder().baseUrl(server.baseUrl()).credentials(Credentials.apiClient(CLIENT_ID, SECRET)).build();
    baseline = new Baseline(server.baseUrl(), CLIENT_ID, SECRET);
  }

  /** Starts the console with {@code orgs} orgs, the root org included. */
  static BenchConsole withOrgs(int orgs) {
    return new BenchConsole(orgs);
  }

  @Override
  public void close() {
    client.close();
    baseline.close();
    server.close();
  }
}
