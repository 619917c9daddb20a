package dev.crashplan4j.api.bulk;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.OrgBulk;
import dev.crashplan4j.api.Retries;
import dev.crashplan4j.core.port.Sleeper;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.ManualClock;
import dev.crashplan4j.testkit.RecordedRequest;
import java.time.Clock;
import java.util.List;

/** The fake console and clients of it for the bulk tests: retries that only record their waits, so nothing sleeps. */
final class BulkConsole {

  static final String CLIENT_ID = "bulk";
  static final String SECRET = "bulk-secret";

  private BulkConsole() {}

  static FakeCrashPlanServerExtension extension() {
    return new FakeCrashPlanServerExtension().seed(tenant -> tenant.addApiClient(CLIENT_ID, SECRET));
  }

  static CrashPlanClient client(FakeCrashPlanServer server) {
    return client(server, Clock.systemUTC(), new ManualClock());
  }

  // Patient retries: a chaos test puts several faults in one call's way.
  static CrashPlanClient client(FakeCrashPlanServer server, Clock clock, Sleeper sleeper) {
    return CrashPlanClient.builder().baseUrl(server.baseUrl()).credentials(Credentials.apiClient(CLIENT_ID, SECRET))
        .retries(Retries.builder().maxAttempts(8).build()).clock(clock).sleeper(sleeper).build();
  }

  static OrgBulk bulk(CrashPlanClient client) {
    return client.orgs().bulk();
  }

  /** The requests that could change the console: every POST and PUT but signing in. */
  static List<String> writes(FakeCrashPlanServer server) {
    return server.requests().stream()
        .filter(request -> request.method().equals("POST") || request.method().equals("PUT"))
        .filter(request -> !request.path().equals("/api/v3/oauth/token"))
        .map(RecordedRequest::line)
        .toList();
  }

  /** How many requests went to {@code line} ({@code GET /api/v1/Org}, say). */
  static long count(FakeCrashPlanServer server, String line) {
    return server.requests().stream().map(RecordedRequest::line).filter(line::equals).count();
  }
}
